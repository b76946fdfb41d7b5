import {
  type DatasetIndex,
  type Figure,
  preferredName,
  type Quantity,
  type Quote,
  type Source,
} from '@parley/dataset';
import { formatIsoDate } from '../date/dates.js';
import type { Diagnostic } from '../rules/types.js';

/*
 * Every card has the same order: the finding first (the draft's own diagnostics at that place, or the
 * card's verdict), then what the dataset records in plain words (what, how many, who said it, in which
 * source), then the links (source keys to cite). A reader sees the finding without scrolling.
 */

/** The keys of the sources a record's evidence comes from, as code spans. */
const keys = (r: { evidence: { source: string }[] }) =>
  [...new Set(r.evidence.map((e) => `\`${e.source}\``))].join(', ');
/** Who published the sources a record's evidence comes from, in plain words ("Reuters, The New York Times"). */
const publishers = (index: DatasetIndex, r: { evidence: { source: string }[] }) =>
  [
    ...new Set(
      r.evidence.map((e) => {
        const s = index.source(e.source);
        return s ? (s.publisher ?? s.outlet ?? `“${s.title}”`) : e.source;
      }),
    ),
  ].join(', ');
const date = (iso?: string) => (iso ? formatIsoDate(iso) : undefined);
const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1).replace(/\.$/, '')}`;

const MARK: Record<Diagnostic['severity'], string> = { error: '⚠', warning: '⚠', info: 'ℹ', hint: 'ℹ' };

/** The finding lines of a card: the draft's diagnostics at its place, each as its message. */
export function findingLines(findings: readonly Diagnostic[]): string[] {
  return findings.map((d) => `${MARK[d.severity]} ${d.message} (\`${d.rule}\`)`);
}

/** A source in plain words: who published it (or where it ran) and when, e.g. "Reuters, June 1, 2025". */
export function sourceInWords(index: DatasetIndex, key: string): string {
  const s = index.source(key);
  if (!s) return key;
  return [s.publisher ?? s.outlet ?? `“${s.title}”`, date(s.publishedAt.date)].filter(Boolean).join(', ');
}

/** One report in plain words: how many, who said so, in which source ("472 drones — Ukrainian Air Force, per Reuters, June 1, 2025"). */
export function reportLine(index: DatasetIndex, f: Figure): string {
  const who = f.attributedTo.map((id) => index.nameOf(id)).join(' and ');
  const where = [...new Set(f.evidence.map((e) => e.source))].map((k) => sourceInWords(index, k)).join('; ');
  return `- **${f.text}** — ${who ? `${who}, ` : ''}per ${where}`;
}

/** The card's last line: the keys to cite, as Pandoc citations. */
const citeLine = (records: { evidence: { source: string }[] }[]) =>
  `Cite: ${[...new Set(records.flatMap((r) => r.evidence.map((e) => `\`[@${e.source}]\``)))].join(', ')}`;

/**
 * A figure's card: the finding (the draft's diagnostics there, or whether the number agrees with a
 * report), every report of the quantity in plain words, then the source keys to cite.
 */
export function figureCard(
  index: DatasetIndex,
  q: Quantity,
  written: string,
  reports: Figure[],
  agreeing: Figure[],
  contradicts: boolean,
  findings: readonly Diagnostic[] = [],
): string {
  const what = lowerFirst(q.description);
  const verdict = contradicts
    ? `⚠ **“${written}” agrees with none of the recorded reports** of ${what}.`
    : agreeing.length > 0
      ? `✓ **“${written}” agrees with ${agreeing.map((f) => `“${f.text}”`).join(', ')}**, a recorded report of ${what}.`
      : `“${written}” is a report of ${what}; no recorded report contradicts it or states it so.`;
  const opening = findings.length
    ? [...findingLines(findings), '', `Recorded reports of ${what}:`]
    : [verdict, ''];
  return [
    ...opening,
    ...(findings.length
      ? []
      : [reports.length === 1 ? 'The one recorded report:' : `The ${reports.length} recorded reports:`]),
    ...reports.map((f) => reportLine(index, f)),
    '',
    citeLine(reports),
  ].join('\n');
}

/**
 * A quote's card: the finding (the draft's diagnostics there, or the difference from the recorded words),
 * the recorded words with who said them, when and where, then the source keys to cite.
 */
export function quoteCard(
  index: DatasetIndex,
  q: Quote,
  diff?: string,
  findings: readonly Diagnostic[] = [],
): string {
  const who = q.speaker ? index.nameOf(q.speaker) : (q.speakerDescription ?? 'an unnamed speaker');
  const when = q.date ? `, ${date(q.date)}` : '';
  const setting = q.settingDetail ? `, ${q.settingDetail}` : ` (${q.setting.replace(/-/g, ' ')})`;
  const sources = [...new Set(q.evidence.map((e) => e.source))].map((k) => sourceInWords(index, k));
  const opening = findings.length
    ? findingLines(findings)
    : [diff ? `⚠ **The draft’s words differ from ${who}’s:** ${diff}` : `✓ **Recorded words of ${who}.**`];
  return [
    ...opening,
    '',
    `**“${q.text}”**`,
    '',
    `— ${who}${when}${setting}, per ${sources.join('; ')}`,
    '',
    citeLine([q]),
  ].join('\n');
}

/** A source's card: its headline, who published it and when, what it reports, then the key to cite. */
export function sourceCard(index: DatasetIndex, s: Source, findings: readonly Diagnostic[] = []): string {
  const facts = index.factsIn(s.id);
  const count = (kind: string) => facts.filter((f) => f.kind === kind).length;
  const figures = facts
    .filter((f) => f.kind === 'figure')
    .slice(0, 6)
    .map((f) => `“${(f.record as Figure).text}”`);
  return [
    ...(findings.length ? [...findingLines(findings), ''] : []),
    `**${s.title}**`,
    '',
    [s.outlet, s.publisher && s.publisher !== s.outlet ? s.publisher : null].filter(Boolean).join(' · ') ||
      'Outlet not named in the text',
    s.byline.length ? `By ${s.byline.join(', ')}` : 'No byline',
    `${date(s.publishedAt.date)}${s.publishedAt.basis === 'inferred' ? ' (inferred)' : ''}${s.translatedFrom ? ` · translated from ${s.translatedFrom}` : ''}`,
    '',
    `Reports ${count('figure')} figures, ${count('quote')} quotes, ${count('position')} positions, ${count('event')} events.`,
    figures.length ? `Figures: ${figures.join(', ')}` : '',
    '',
    `Cite: \`[@${s.id}]\``,
  ]
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .join('\n');
}

/**
 * Card of a person, organisation, place or event: the finding (the draft's diagnostics there, if any), what
 * it is, offices, spellings, key figures and quotes in plain words, then the sources.
 */
export function entityCard(
  index: DatasetIndex,
  id: string,
  findings: readonly Diagnostic[] = [],
): string | undefined {
  const entry = index.get(id);
  if (!entry) return undefined;
  if (
    entry.kind !== 'person' &&
    entry.kind !== 'organisation' &&
    entry.kind !== 'place' &&
    entry.kind !== 'event'
  )
    return undefined;
  const r = entry.record;
  const lines = [
    ...(findings.length ? [...findingLines(findings), ''] : []),
    `**${index.nameOf(id)}** (${entry.kind})`,
    '',
    r.description,
  ];
  if (entry.kind === 'event') {
    lines.push(
      '',
      `When: ${date(entry.record.date.start)}${entry.record.date.end ? ` to ${date(entry.record.date.end)}` : ''}`,
    );
    if (entry.record.places?.length)
      lines.push(`Where: ${entry.record.places.map((p) => index.nameOf(p)).join(', ')}`);
  }
  const roles = entry.kind === 'person' ? index.rolesOf(id) : [];
  if (roles.length) {
    lines.push('', 'Offices:');
    for (const role of roles) {
      const span = [role.from && `from ${date(role.from)}`, role.to && `to ${date(role.to)}`]
        .filter(Boolean)
        .join(' ');
      lines.push(
        `- ${role.former ? 'former ' : ''}${preferredName(role.title)}${role.jurisdiction ? `, ${index.nameOf(role.jurisdiction)}` : ''} (${span || `as of ${date(role.attested)}`}), per ${publishers(index, role)}`,
      );
    }
  }
  const others = r.names.filter((n) => n.status !== 'preferred');
  if (others.length)
    lines.push(
      '',
      `Other spellings: ${others.map((n) => `${n.text}${n.status === 'deprecated' ? ' (deprecated)' : ''}`).join(', ')}`,
    );
  const quotes = index.quotesBy(id).slice(0, 4);
  if (quotes.length) {
    lines.push('', 'Quotes:');
    for (const q of quotes) lines.push(`- “${q.text}”, per ${publishers(index, q)}`);
  }
  const figures = index.figuresAttributedTo(id).slice(0, 4);
  if (figures.length) {
    lines.push('', 'Figures reported:');
    for (const f of figures) lines.push(`- ${f.text}, per ${publishers(index, f)}`);
  }
  lines.push('', `Sources: ${keys(r)}`);
  return lines.join('\n');
}
