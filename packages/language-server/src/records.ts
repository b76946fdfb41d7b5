import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type AnyRecord,
  type DatasetIndex,
  type Evidence,
  type Figure,
  preferredName,
  recordName,
} from '@parley/dataset';
import { entityCard, sourceCard } from '@parley/lint';

/** The URI scheme the VS Code extension serves record cards under (see the README's protocol section). */
export const RECORD_SCHEME = 'parley-record';

/** A record's human name: the dataset's own (`recordName`). */
export const recordTitle = recordName;

const nameOf = (index: DatasetIndex, id: string): string => {
  const entry = index.get(id);
  return entry ? recordTitle(entry) : id;
};

/** Who reported a figure: the dataset's names of those it is attributed to, or its source. */
const reporters = (index: DatasetIndex, f: Figure) =>
  f.attributedTo.length ? f.attributedTo.map((id) => index.nameOf(id)).join(', ') : 'the source';

/** Each excerpt a record's evidence quotes, under the line naming the record. */
const excerpts = (evidence: Evidence[]) => evidence.map((e) => `  - \`${e.source}\`: “${e.excerpt}”`);

const sourcesOf = (evidence: Evidence[]) => [...new Set(evidence.map((e) => `\`${e.source}\``))].join(', ');

/**
 * The body of a card for kinds the engine has no card for (offices, quantities, figures, quotes,
 * positions): what the record says, with the names of what it refers to resolved.
 */
function genericCard(index: DatasetIndex, entry: AnyRecord): string[] {
  const lines: string[] = [];
  switch (entry.kind) {
    case 'role': {
      const r = entry.record;
      lines.push(
        `${r.former ? 'Former ' : ''}${preferredName(r.title)} — ${index.nameOf(r.person)}`,
        '',
        ...[
          r.organisation && `Organisation: ${index.nameOf(r.organisation)}`,
          r.jurisdiction && `Jurisdiction: ${index.nameOf(r.jurisdiction)}`,
          r.from && `From: ${r.from}`,
          r.to && `To: ${r.to}`,
          `Attested: ${r.attested}`,
        ].filter((l): l is string => Boolean(l)),
      );
      const others = r.title.filter((t) => t.status !== 'preferred');
      if (others.length)
        lines.push(
          '',
          `Other spellings of the title: ${others.map((t) => `${t.text} (${t.status})`).join(', ')}`,
        );
      break;
    }
    case 'quantity': {
      // With each report's excerpts: where a finding about a figure leads ("go to definition").
      lines.push(entry.record.description, '', 'Every recorded report:');
      for (const f of index.reportsOf(entry.record.id))
        lines.push(
          `- **${f.text}** — ${reporters(index, f)} — ${sourcesOf(f.evidence)}`,
          ...excerpts(f.evidence),
        );
      break;
    }
    case 'figure': {
      const f = entry.record;
      lines.push(`**${f.text}** — ${reporters(index, f)}${f.attribution ? ` (“${f.attribution}”)` : ''}`);
      lines.push('', `A report of: ${nameOf(index, f.quantity)}`, '', 'Every recorded report of it:');
      for (const other of index.reportsOf(f.quantity))
        lines.push(`- ${other.text} — ${sourcesOf(other.evidence)}`);
      break;
    }
    case 'quote': {
      const q = entry.record;
      const who = q.speaker ? index.nameOf(q.speaker) : (q.speakerDescription ?? 'unnamed speaker');
      lines.push(`— ${who}${q.date ? `, ${q.date}` : ''}${q.settingDetail ? `, ${q.settingDetail}` : ''}`);
      break;
    }
    case 'position': {
      const p = entry.record;
      lines.push(`${index.nameOf(p.party)} ${p.stance}: ${p.summary}`, '', `Topics: ${p.topics.join(', ')}`);
      break;
    }
    default:
      break;
  }
  return lines;
}

/**
 * A read-only Markdown document describing one record: the engine's card where it has one (sources, people,
 * organisations, places, events), every evidence excerpt with its source, and the records citing it. What
 * "go to definition" opens.
 */
export function recordMarkdown(index: DatasetIndex, id: string): string | undefined {
  const entry = index.get(id);
  if (!entry) return undefined;
  const card =
    entry.kind === 'source'
      ? sourceCard(index, entry.record)
      : (entityCard(index, id) ?? genericCard(index, entry).join('\n'));
  const lines = [
    `# ${recordTitle(entry)}`,
    '',
    `*${entry.kind}* · \`${id}\``,
    '',
    card,
    '',
    '## Evidence',
    '',
  ];
  const evidence = entry.record.evidence;
  if (evidence.length === 0) lines.push('No evidence recorded.');
  for (const e of evidence) lines.push(`- \`${e.source}\` (offset ${e.offset}): “${e.excerpt}”`);
  const backlinks = index.referencing(id).filter((b) => b.field !== 'evidence');
  if (backlinks.length > 0) {
    lines.push('', '## Referred to by', '');
    for (const b of backlinks.slice(0, 40))
      lines.push(`- ${b.from.kind} \`${b.from.record.id}\` (${b.field}): ${recordTitle(b.from)}`);
    if (backlinks.length > 40) lines.push(`- … and ${backlinks.length - 40} more`);
  }
  lines.push('', '---', '', 'Read-only: a record of the Parley dataset (@parley/dataset).', '');
  return lines.join('\n');
}

const safe = (s: string) => s.replace(/[^\w.-]/g, '_');

/** The `parley-record:` URI of a record, e.g. `parley-record:/vladimir-medinsky.md`. */
export const recordUri = (id: string): string => `${RECORD_SCHEME}:/${encodeURIComponent(id)}.md`;

/** The record id named by a `parley-record:` URI, or undefined for any other URI. */
export function recordIdOf(uri: string): string | undefined {
  const m = /^parley-record:\/*([^?#]+?)(?:\.md)?(?:[?#].*)?$/.exec(uri);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/**
 * Where record cards live for clients that cannot show virtual documents: read-only files under the system's
 * temporary folder, one folder per user and dataset version so a newer dataset never shows a stale card.
 */
export class RecordFiles {
  readonly dir: string;
  readonly #written = new Set<string>();

  constructor(
    readonly index: DatasetIndex,
    datasetVersion: string,
    root: string = tmpdir(),
  ) {
    const user = typeof process.getuid === 'function' ? String(process.getuid()) : 'user';
    this.dir = join(root, `parley-records-${user}`, safe(datasetVersion));
  }

  /** Writes the card of `id` (once per server run) and returns its file: URI, or undefined for no record. */
  uri(id: string): string | undefined {
    const file = join(this.dir, `${safe(id)}.md`);
    if (!this.#written.has(id)) {
      const markdown = recordMarkdown(this.index, id);
      if (markdown === undefined) return undefined;
      // Another server (another editor window) may have written it already; only rewrite when it differs.
      if (!existsSync(file) || readFileSync(file, 'utf8') !== markdown) {
        mkdirSync(this.dir, { recursive: true });
        // Write then rename: a read-only file cannot be rewritten in place, but it can be replaced.
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, markdown);
        chmodSync(temp, 0o444);
        renameSync(temp, file);
      }
      this.#written.add(id);
    }
    return pathToFileURL(file).href;
  }
}
