import type { Spelling } from '../generated/types.js';
import type { AnyRecord } from './record.js';

/** The preferred spelling of a name or title (the first spelling, if none is marked preferred). */
export const preferredName = (names: readonly Spelling[]): string =>
  names.find((n) => n.status === 'preferred')?.text ?? names[0]?.text ?? '';

/**
 * The preferred spelling as it reads inside a sentence: a description takes "the" ("the first round of talks
 * in Istanbul"), a name does not ("Operation Spiderweb", "Vladimir Medinsky").
 */
export const preferredNameInProse = (names: readonly Spelling[]): string => {
  const spelling = names.find((n) => n.status === 'preferred') ?? names[0];
  if (!spelling) return '';
  return spelling.kind === 'description' && !/^(?:the|a|an)\s/i.test(spelling.text)
    ? `the ${spelling.text}`
    : spelling.text;
};

/**
 * What to call any record in a list or a card title: the preferred spelling of a name, the preferred title
 * of an office, a source's headline, a quantity's description, a figure as printed, a quote's words in
 * quotation marks, a position's summary, a biography line's statement.
 */
export function recordName(entry: AnyRecord): string {
  switch (entry.kind) {
    case 'source':
      return entry.record.title;
    case 'person':
    case 'organisation':
    case 'place':
    case 'event':
      return preferredName(entry.record.names);
    case 'role':
      return preferredName(entry.record.title);
    case 'quantity':
      return entry.record.description;
    case 'figure':
      return entry.record.text;
    case 'quote':
      return `“${entry.record.text}”`;
    case 'position':
      return entry.record.summary;
    case 'biography':
      return entry.record.statement;
  }
}
