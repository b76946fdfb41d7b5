import type { DatasetIndex, Source } from '@parley/dataset';
import { sourceCard } from '@parley/lint';
import {
  type CompletionItem,
  CompletionItemKind,
  MarkupKind,
  type Position,
  type Range,
} from 'vscode-languageserver/node.js';
import type { Session } from './session.js';

/** Characters of a Pandoc citation key (as @parley/lint reads them). */
const KEY_CHAR = /[\p{L}\p{N}_:.#$%&\-+?<>~/]/u;

/**
 * Where a citation key is being typed: the cursor is after `[@`, or after `; @` (or `[see @`) inside a
 * still-open bracket on the same line. Returns the range of the partial key typed so far (after the `@`,
 * through any key characters right of the cursor, so accepting replaces the whole key).
 */
export function citationKeyAt(line: string, position: Position): Range | undefined {
  const before = line.slice(0, position.character);
  const open = before.lastIndexOf('[');
  if (open < 0 || before.indexOf(']', open) >= 0) return undefined;
  // Within the bracket, only the last `;`-separated part matters: `[@a; @b` completes `b`.
  const part = before
    .slice(open + 1)
    .split(';')
    .pop()!;
  const m = /(?:^|[\s-])@([\p{L}\p{N}_:.#$%&\-+?<>~/]*)$/u.exec(part);
  if (!m) return undefined;
  let end = position.character;
  while (end < line.length && KEY_CHAR.test(line[end]!)) end++;
  return {
    start: { line: position.line, character: position.character - m[1]!.length },
    end: { line: position.line, character: end },
  };
}

// Words that help nobody find a source; dropped so the filter text stays short (VS Code matches only the
// first 128 characters of it).
const STOP = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'to',
  'for',
  'but',
  'at',
  'by',
  'with',
]);

/** Key, outlet, publisher, byline and title words: what a reporter may type to find a source. */
export function filterTextOf(s: Source): string {
  const words: string[] = [s.id];
  const seen = new Set<string>([s.id.toLowerCase()]);
  const add = (text: string | null | undefined) => {
    for (const w of (text ?? '').split(/[\s,;:()"“”‘’]+/)) {
      const lower = w.toLowerCase();
      if (!w || STOP.has(lower) || seen.has(lower)) continue;
      seen.add(lower);
      words.push(w);
    }
  };
  add(s.outlet);
  add(s.publisher);
  for (const name of s.byline) add(name);
  add(s.publishedAt.date);
  add(s.title);
  return words.join(' ');
}

/** One completion item per source key, replacing `range` (the partial key). */
export function citationCompletions(index: DatasetIndex, range: Range): CompletionItem[] {
  return index.dataset.sources.map((s, i) => {
    const where = [s.outlet ?? s.publisher ?? 'outlet not named', s.publishedAt.date].join(' · ');
    return {
      label: s.id,
      kind: CompletionItemKind.Reference,
      labelDetails: { description: where },
      detail: `${s.title} — ${where}`,
      documentation: { kind: MarkupKind.Markdown, value: sourceCard(index, s) },
      filterText: filterTextOf(s),
      sortText: String(i).padStart(4, '0'),
      textEdit: { range, newText: s.id },
    };
  });
}

/** Completion of citation keys after `[@`, each with its source's card. */
export function serveCompletion(session: Session): void {
  session.connection.onCompletion((params) => {
    const doc = session.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const line = doc.getText({
      start: { line: params.position.line, character: 0 },
      end: { line: params.position.line + 1, character: 0 },
    });
    const range = citationKeyAt(line.replace(/\r?\n$/, ''), params.position);
    if (!range) return null;
    return { isIncomplete: false, items: citationCompletions(session.model.index, range) };
  });
}
