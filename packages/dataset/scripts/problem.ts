/** A problem in the authored data, named by file and field so an author can go straight to it. */
export interface Problem {
  file: string;
  field: string;
  message: string;
  line?: number;
}

export const formatProblem = (p: Problem): string =>
  `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`;

/** Thrown when the data fails a check; carries every problem found, not just the first. */
export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the dataset:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'DataError';
  }
}
