import type { Spelling } from '../generated/types.js';

/** The preferred spelling of a name or title (the first spelling, if none is marked preferred). */
export const preferredName = (names: readonly Spelling[]): string =>
  names.find((n) => n.status === 'preferred')?.text ?? names[0]?.text ?? '';
