import { parse } from 'yaml';
import type { Kind } from '../../schema/index.js';
import { statedNumber } from '../checks/figure-number.js';
import { idFrom } from './ids.js';

/** What an author gives `new <kind>`: the evidence, and what the excerpt cannot say on its own. */
export interface RecordOptions {
  id?: string;
  source: string;
  excerpts: string[];
  /** Spellings of a name, the first preferred (person, organisation, place, event). */
  names?: string[];
  description?: string;
  /** A figure's printed figure or a quote's words; read from the excerpt when left out. */
  text?: string;
  quantity?: string;
  speaker?: string;
  attributedTo?: string[];
  /** `field=value` pairs, the value read as YAML: `type=government`, `attributedTo=[sbu]`. */
  set?: string[];
}

/** What the scaffold knows of the dataset: each source's language, each quantity's unit. */
export interface Known {
  source(id: string): { language: string } | undefined;
  quantityUnit(id: string): string | undefined;
}

const words = (text: string, n: number) => text.split(/\s+/).slice(0, n).join(' ');

/** Spellings: the full name preferred, its last word accepted as the short form used alone. */
function spellings(kind: Kind, names: readonly string[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = names.map((text, i) => ({
    text,
    status: i === 0 ? 'preferred' : 'accepted',
    kind: kind === 'event' ? 'description' : 'name',
  }));
  const first = names[0]!;
  const surname = first.split(/\s+/).at(-1)!;
  if (kind === 'person' && surname !== first && !names.includes(surname))
    out.push({ text: surname, status: 'accepted', kind: 'short' });
  return out;
}

/** The first passage inside quotation marks in an excerpt (“…”, "…" or ‘…’), without a trailing comma. */
export function quotedWords(excerpt: string): string | undefined {
  const m = /“([^”]+)”|"([^"]+)"|‘([^’]+)’/.exec(excerpt);
  const words = m?.[1] ?? m?.[2] ?? m?.[3];
  return words?.trim().replace(/,$/, '');
}

/**
 * A record of `kind` from its evidence: the excerpts (offsets found later by locateEvidence), an id in the
 * dataset's manner, and every field the excerpt or the dataset settles (a figure's value as the linter's
 * number parser reads its text, its unit from its quantity; a quote's words from the quotation marks, its
 * language from the source). Fields only the author can know come from `--set`; the build then names
 * whatever is still missing.
 */
export function scaffoldRecord(
  kind: Kind,
  opts: RecordOptions,
  known: Known,
): { id: string; record: Record<string, unknown> } {
  const source = known.source(opts.source);
  if (!source) throw new Error(`--source ${opts.source}: no source record has that citation key`);
  if (opts.excerpts.length === 0)
    throw new Error('--excerpt: a record needs at least one excerpt of its source');
  const record: Record<string, unknown> = {};
  let id = opts.id;
  switch (kind) {
    case 'person':
    case 'organisation':
    case 'place':
    case 'event': {
      if (!opts.names?.length) throw new Error(`--name: a ${kind} needs its name as the source prints it`);
      record.names = spellings(kind, opts.names);
      record.description = opts.description;
      id ??= idFrom(opts.names[0]!);
      break;
    }
    case 'figure': {
      if (!opts.quantity) throw new Error('--quantity: a figure is a report of a quantity; give its id');
      const unit = known.quantityUnit(opts.quantity);
      if (!unit) throw new Error(`--quantity ${opts.quantity}: no quantity record has that id`);
      const text = opts.text ?? opts.excerpts[0]!;
      const n = statedNumber(text);
      if (!n)
        throw new Error(`--text "${text}": states no number the parser can read; give the figure as printed`);
      Object.assign(record, {
        quantity: opts.quantity,
        text,
        unit,
        value:
          n.qualifier === 'vague'
            ? { exactness: 'vague' }
            : { exactness: n.qualifier === 'nearly' ? 'a-little-under' : n.qualifier, amount: n.value },
        attributedTo: opts.attributedTo ?? [],
      });
      id ??= `${opts.quantity}-${opts.source}`;
      break;
    }
    case 'quote': {
      const text = opts.text ?? quotedWords(opts.excerpts[0]!);
      if (!text)
        throw new Error('--text: the excerpt has no words in quotation marks; give the quoted words');
      if (!opts.speaker) throw new Error('--speaker: a quote needs the id of who said it');
      Object.assign(record, {
        text,
        language: source.language,
        speaker: opts.speaker,
        setting: 'unspecified',
      });
      id ??= `${opts.speaker}-${idFrom(words(text, 6), 4)}`;
      break;
    }
    default:
      if (!id) throw new Error(`--id: give the new ${kind}'s id (see data/README.md for how ids are formed)`);
  }
  if (opts.description && !('description' in record)) record.description = opts.description;
  for (const pair of opts.set ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--set ${pair}: write field=value`);
    record[pair.slice(0, eq)] = parse(pair.slice(eq + 1));
  }
  record.evidence = opts.excerpts.map((excerpt) => ({ source: opts.source, excerpt, offset: 0 }));
  // Unset fields stay out of the file: the build names each required one that is missing.
  for (const [k, v] of Object.entries(record)) if (v === undefined) delete record[k];
  return { id: id!, record };
}
