import {
  type DatasetIndex,
  type Figure,
  preferredName,
  type Quantity,
  type Quote,
  type Source,
} from '@parley/dataset';
import { formatIsoDate } from '../date/dates.js';

const preferred = preferredName;
const nameOf = (index: DatasetIndex, id: string): string => index.nameOf(id);
const keys = (r: { evidence: { source: string }[] }) =>
  [...new Set(r.evidence.map((e) => `\`${e.source}\``))].join(', ');
const date = (iso?: string) => (iso ? formatIsoDate(iso) : undefined);

/** Where a source appeared, in words: its publisher (or outlet) and headline. */
const sourceInWords = (index: DatasetIndex, key: string): string => {
  const s = index.source(key);
  if (!s) return key;
  const who = s.publisher ?? s.outlet;
  return who ? `${who}, “${s.title}”` : `“${s.title}”`;
};

/** One report in plain words: how many, who said so, in which source. */
export function reportLine(index: DatasetIndex, f: Figure): string {
  const who = f.attributedTo.length
    ? `according to ${f.attributedTo.map((id) => nameOf(index, id)).join(' and ')}`
    : 'as the source states it';
  const where = [...new Set(f.evidence.map((e) => e.source))].map((k) => sourceInWords(index, k)).join('; ');
  return `- **${f.text}**, ${who}, in ${where}${f.attribution ? ` (“${f.attribution}”)` : ''}`;
}

/**
 * A figure's card: the finding first (the draft's number agrees with a report, or with none), then every
 * report in plain words, then the source keys to cite.
 */
export function figureCard(
  index: DatasetIndex,
  q: Quantity,
  written: string,
  reports: Figure[],
  agreeing: Figure[],
  contradicts: boolean,
): string {
  const verdict = contradicts
    ? `⚠ **“${written}” agrees with none of the recorded reports** of ${q.description.charAt(0).toLowerCase()}${q.description.slice(1).replace(/\.$/, '')}.`
    : agreeing.length > 0
      ? `✓ **“${written}” agrees with ${agreeing.map((f) => `“${f.text}”`).join(', ')}**, a recorded report of ${q.description.charAt(0).toLowerCase()}${q.description.slice(1).replace(/\.$/, '')}.`
      : `“${written}” is a report of ${q.description.charAt(0).toLowerCase()}${q.description.slice(1).replace(/\.$/, '')}; no recorded report contradicts it or states it so.`;
  return [
    verdict,
    '',
    reports.length === 1 ? 'The one recorded report:' : `The ${reports.length} recorded reports:`,
    ...reports.map((f) => reportLine(index, f)),
    '',
    `Cite: ${[...new Set(reports.flatMap((f) => f.evidence.map((e) => `\`[@${e.source}]\``)))].join(', ')}`,
  ].join('\n');
}

export function quoteCard(index: DatasetIndex, q: Quote, diff?: string): string {
  const who = q.speaker ? nameOf(index, q.speaker) : (q.speakerDescription ?? 'unnamed speaker');
  const lines = [
    `**“${q.text}”**`,
    '',
    `— ${who}${q.date ? `, ${date(q.date)}` : ''}${q.settingDetail ? `, ${q.settingDetail}` : ` (${q.setting.replace(/-/g, ' ')})`}`,
    '',
    `Source: ${keys(q)}`,
  ];
  if (diff) lines.push('', `Difference from the draft: ${diff}`);
  return lines.join('\n');
}

export function sourceCard(index: DatasetIndex, s: Source): string {
  const facts = index.factsIn(s.id);
  const count = (kind: string) => facts.filter((f) => f.kind === kind).length;
  const figures = facts
    .filter((f) => f.kind === 'figure')
    .slice(0, 6)
    .map((f) => `“${(f.record as Figure).text}”`);
  return [
    `**${s.title}**`,
    '',
    [s.outlet, s.publisher && s.publisher !== s.outlet ? s.publisher : null].filter(Boolean).join(' · ') ||
      'Outlet not named in the text',
    s.byline.length ? `By ${s.byline.join(', ')}` : 'No byline',
    `${date(s.publishedAt.date)}${s.publishedAt.basis === 'inferred' ? ' (inferred)' : ''}${s.translatedFrom ? ` · translated from ${s.translatedFrom}` : ''}`,
    '',
    `Reports ${count('figure')} figures, ${count('quote')} quotes, ${count('position')} positions, ${count('event')} events.`,
    figures.length ? `Figures: ${figures.join(', ')}` : '',
  ]
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .join('\n');
}

/** Card of a person, organisation, place or event: what it is, offices, spellings, key figures and quotes. */
export function entityCard(index: DatasetIndex, id: string): string | undefined {
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
  const lines = [`**${preferred(r.names)}** (${entry.kind})`, '', r.description];
  if (entry.kind === 'event') {
    lines.push(
      '',
      `When: ${date(entry.record.date.start)}${entry.record.date.end ? ` to ${date(entry.record.date.end)}` : ''}`,
    );
    if (entry.record.places?.length)
      lines.push(`Where: ${entry.record.places.map((p) => nameOf(index, p)).join(', ')}`);
  }
  const roles = entry.kind === 'person' ? index.rolesOf(id) : [];
  if (roles.length) {
    lines.push('', 'Offices:');
    for (const role of roles) {
      const span = [role.from && `from ${date(role.from)}`, role.to && `to ${date(role.to)}`]
        .filter(Boolean)
        .join(' ');
      lines.push(
        `- ${role.former ? 'former ' : ''}${preferred(role.title)}${role.jurisdiction ? `, ${nameOf(index, role.jurisdiction)}` : ''} (${span || `as of ${date(role.attested)}`}) — ${keys(role)}`,
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
    for (const q of quotes) lines.push(`- “${q.text}” — ${keys(q)}`);
  }
  const figures = index.figuresAttributedTo(id).slice(0, 4);
  if (figures.length) {
    lines.push('', 'Figures reported:');
    for (const f of figures) lines.push(`- ${f.text} — ${keys(f)}`);
  }
  lines.push('', `Sources: ${keys(r)}`);
  return lines.join('\n');
}
