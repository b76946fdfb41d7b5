/**
 * Validates the authored records and builds dist/: schema, references, ids, names, dates and evidence
 * provenance must all pass, or the build fails listing every problem with its file and field.
 *
 *   tsx scripts/build.ts            validate and write dist/ (and refresh src/generated/types.ts)
 *   tsx scripts/build.ts --check    validate only
 *   tsx scripts/build.ts --out DIR  write the outputs to DIR instead of dist/
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSemantics } from './checks/index.js';
import { assemble, dataDeclaration, dataModule, idsSource, jsonSchema, typesSource } from './emit.js';
import { checkIntegrity } from './integrity.js';
import { loadRecords } from './load.js';
import { packageDir } from './package-dir.js';
import { DataError } from './problem.js';
import { checkProvenance, loadSourceTexts, seedsPath } from './provenance.js';
import { loadRedirects } from './redirects.js';

export { packageDir };

/** Runs every check; returns the assembled dataset or throws a DataError naming each problem. */
export function validate(dir = packageDir): Record<string, unknown> {
  const { records, problems } = loadRecords(dir);
  problems.push(...checkIntegrity(records));
  const redirects = loadRedirects(dir, records);
  problems.push(...redirects.problems);
  const { texts, problems: missing } = loadSourceTexts(records, seedsPath(dir));
  problems.push(...missing, ...checkProvenance(records, texts));
  if (problems.length === 0) problems.push(...checkSemantics(records, texts));
  if (problems.length > 0) throw new DataError(problems);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return assemble(records, version, redirects.redirects);
}

/** Writes every output into outDir. Deterministic: same data, same bytes. */
export async function build(outDir: string, dir = packageDir): Promise<void> {
  const dataset = validate(dir);
  const schema = jsonSchema();
  const json = JSON.stringify(dataset);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'dataset.json'), `${json}\n`);
  writeFileSync(join(outDir, 'dataset.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  writeFileSync(join(outDir, 'data.js'), dataModule(json));
  writeFileSync(join(outDir, 'data.d.ts'), dataDeclaration);
  refresh(join(dir, 'src', 'generated', 'types.ts'), await typesSource(schema), 'the schema');
  refresh(join(dir, 'src', 'generated', 'ids.ts'), idsSource(dataset), 'the data');
}

/** Writes a generated source file only when its content changes, so the build stays incremental. */
function refresh(path: string, content: string, from: string): void {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current !== content) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`updated ${path} from ${from}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    if (args.includes('--check')) {
      const d = validate();
      console.log(
        `dataset ok: ${Object.entries(d)
          .filter(([, v]) => Array.isArray(v))
          .map(([k, v]) => `${(v as unknown[]).length} ${k}`)
          .join(', ')}`,
      );
    } else {
      const i = args.indexOf('--out');
      await build(i >= 0 ? resolve(args[i + 1]!) : join(packageDir, 'dist'));
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
