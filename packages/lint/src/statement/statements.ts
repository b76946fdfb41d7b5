import { preferredNameInProse } from '@parley/dataset';
import type { Analysis } from '../analysis.js';
import type { DateClaim } from '../date/claims.js';
import { type FigureClaim, figureEnd } from '../figure/claims.js';
import type { QuoteClaim } from '../quote/claims.js';
import type { RoleClaim } from '../role/claims.js';

/** A checkable statement: a fact in the draft that the dataset records, and the sources that state it. */
export interface Statement {
  sentence: number;
  start: number;
  end: number;
  /** What the statement is, for messages; built only when a finding needs it. */
  what: () => string;
  /** The records that confirm it (their evidence sources report it as the draft states it). */
  records: readonly { id: string; evidence: readonly { source: string; excerpt: string }[] }[];
}

/** Sources that report a statement, each once, in the order of its records' evidence. */
export function sourcesOfStatement(s: Statement): string[] {
  const out: string[] = [];
  for (const r of s.records) for (const e of r.evidence) if (!out.includes(e.source)) out.push(e.source);
  return out;
}

/** The evidence a finding about a statement carries. */
export function evidenceOfStatement(s: Statement): { source: string; excerpt: string; record: string }[] {
  const out: { source: string; excerpt: string; record: string }[] = [];
  for (const r of s.records)
    for (const e of r.evidence) out.push({ source: e.source, excerpt: e.excerpt, record: r.id });
  return out;
}

/** Every statement the draft makes that the dataset can confirm: figures, quotes, dates and roles that agree. */
export function statements(
  analysis: Analysis,
  claims: { figures: FigureClaim[]; quotes: QuoteClaim[]; dates: DateClaim[]; roles: RoleClaim[] },
): Statement[] {
  const out: Statement[] = [];
  for (const f of claims.figures) {
    if (f.agreeing.length === 0) continue;
    out.push({
      sentence: f.sentence,
      start: f.number.start,
      end: figureEnd(f.number),
      what: () => `the figure “${analysis.text.slice(f.number.start, figureEnd(f.number))}”`,
      records: f.agreeing,
    });
  }
  for (const q of claims.quotes) {
    if (q.verdict !== 'ok') continue;
    out.push({
      sentence: q.sentence,
      start: q.span.start,
      end: q.span.end,
      what: () => 'the quote',
      records: [q.quote],
    });
  }
  for (const d of claims.dates) {
    if (!d.agrees) continue;
    out.push({
      sentence: d.sentence,
      start: d.date.start,
      end: d.date.end,
      what: () => `the date of ${preferredNameInProse(d.event.names)}`,
      records: [d.event],
    });
  }
  for (const r of claims.roles) {
    if (!r.agrees) continue;
    out.push({
      sentence: r.sentence,
      start: r.title.start,
      end: r.personMention.end,
      what: () => `${r.personMention.text}’s office`,
      records: r.matching,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Keys cited by each sentence (a citation covers the sentence it closes). */
export function citedBySentence(analysis: Analysis): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const { sentences, citations } = analysis;
  let si = 0;
  for (const c of citations) {
    while (si < sentences.length && sentences[si]!.end <= c.start) si++;
    if (si >= sentences.length) break;
    const s = sentences[si]!;
    if (c.start < s.start) continue;
    const keys = out.get(si);
    if (keys) for (const k of c.keys) keys.push(k.key);
    else
      out.set(
        si,
        c.keys.map((k) => k.key),
      );
  }
  return out;
}
