import type { Range } from '../document/lines.js';
import { quoteDifference } from '../quote/difference.js';
import type { Diagnostic, RuleContext } from '../rules/types.js';
import { entityCard, figureCard, findingLines, quoteCard, sourceCard } from './cards.js';

/** What is at a position of the draft, with the card to show for it. */
export interface HoverCard {
  kind:
    | 'source'
    | 'figure'
    | 'quote'
    | 'person'
    | 'organisation'
    | 'place'
    | 'event'
    | 'role'
    | 'unknown-source';
  /** The record shown (source key, quantity id, quote id, entity id). */
  id: string;
  start: number;
  end: number;
  range: Range;
  /** Markdown, ready for an editor's hover. */
  markdown: string;
}

const within = (offset: number, s: { start: number; end: number }) => offset >= s.start && offset <= s.end;

/**
 * Answers "what is at this offset?" from an already checked draft; no second analysis. Pass the draft's
 * `diagnostics` (from the same {@link lintWithContext} call) and the card opens with the findings at that
 * place, in their own words; without them it opens with its own verdict.
 */
export function inspect(
  ctx: RuleContext,
  offset: number,
  diagnostics: readonly Diagnostic[] = [],
): HoverCard | undefined {
  const { analysis: a, model } = ctx;
  /** The findings at [start, end): overlapping it, or starting where it starts. */
  const at = (start: number, end: number) =>
    diagnostics.filter((d) => (d.start < end && d.end > start) || d.start === start);
  const card = (
    kind: HoverCard['kind'],
    id: string,
    start: number,
    end: number,
    markdown: string,
  ): HoverCard => ({
    kind,
    id,
    start,
    end,
    range: a.lines.range(start, end),
    markdown,
  });
  for (const c of a.citations) {
    if (!within(offset, c)) continue;
    const key = c.keys.find((k) => within(offset, k)) ?? c.keys[0]!;
    const source = model.index.source(key.key);
    return source
      ? card('source', source.id, key.start, key.end, sourceCard(model.index, source, at(key.start, key.end)))
      : card(
          'unknown-source',
          key.key,
          key.start,
          key.end,
          [
            ...findingLines(at(key.start, key.end)),
            `**@${key.key}** is no source in the dataset. Known keys: ${model.sourceKeys.map((k) => `\`${k}\``).join(', ')}`,
          ].join('\n\n'),
        );
  }
  for (const q of ctx.quotes) {
    if (!within(offset, { start: q.span.open, end: q.span.close + 1 })) continue;
    const recorded = model.quotes.find((x) => x.quote === q.quote)!;
    const diff = q.alignment.fragment ? undefined : quoteDifference(q, recorded).diff;
    return card(
      'quote',
      q.quote.id,
      q.span.start,
      q.span.end,
      quoteCard(model.index, q.quote, diff, at(q.span.start, q.span.end)),
    );
  }
  for (const f of ctx.figures) {
    const end = f.number.time ? f.number.through : f.number.end;
    if (!within(offset, { start: f.number.start, end })) continue;
    const written = a.text.slice(f.number.start, end);
    return card(
      'figure',
      f.quantity.id,
      f.number.start,
      end,
      figureCard(
        model.index,
        f.quantity,
        written,
        f.reports,
        f.agreeing,
        f.contradicts,
        at(f.number.start, end),
      ),
    );
  }
  for (const m of [...a.mentions, ...a.titles]) {
    if (!within(offset, m)) continue;
    const entry = m.entries[0]!;
    const role = entry.kind === 'role' ? model.index.get(entry.id) : undefined;
    const id = role?.kind === 'role' ? role.record.person : entry.id;
    const markdown = entityCard(model.index, id, at(m.start, m.end));
    if (markdown) return card(role ? 'person' : entry.kind, id, m.start, m.end, markdown);
  }
  return undefined;
}
