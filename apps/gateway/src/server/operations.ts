import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One example operation of `operations/`: what GraphiQL opens with and what the allow-list holds. */
export interface ExampleOperation {
  /** File name, e.g. `04-person.graphql`. */
  file: string;
  /** The first comment line: what the operation does. */
  title: string;
  /** The operation text, exactly as clients send it (comment lines removed, trimmed). */
  document: string;
  /** Example variables, from a `# variables: {…}` comment line. */
  variables: Record<string, unknown> | undefined;
}

/** `apps/gateway/operations/`, from src/server or dist/server alike. */
export const OPERATIONS_DIR = fileURLToPath(new URL('../../operations/', import.meta.url));

/** Reads the example operations, in file-name order. */
export function readOperations(dir: string = OPERATIONS_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const lines = readFileSync(`${dir}/${file}`, 'utf8').split('\n');
      const comments = lines.filter((l) => l.startsWith('#')).map((l) => l.replace(/^#\s?/, ''));
      const vars = comments.find((c) => c.startsWith('variables:'));
      return {
        file,
        title: comments.find((c) => !c.startsWith('variables:')) ?? file,
        document: lines
          .filter((l) => !l.startsWith('#'))
          .join('\n')
          .trim(),
        variables: vars
          ? (JSON.parse(vars.slice('variables:'.length)) as Record<string, unknown>)
          : undefined,
      };
    });
}
