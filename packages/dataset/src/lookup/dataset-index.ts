import type {
  Event,
  Figure,
  ParleyDataset,
  Person,
  Place,
  Position,
  Quantity,
  Quote,
  Role,
  Source,
} from '../generated/types.js';
import { foldName } from './fold.js';
import { preferredName } from './preferred-name.js';
import { type AnyRecord, allRecords, type NameEntry } from './record.js';
import { type Reference, referencesOf } from './references.js';

/** A record that refers to another, and the field it does so in. */
export interface Backlink {
  from: AnyRecord;
  field: string;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Lookups over a dataset: by id, by any spelling, every report of a quantity, quotes by speaker, offices by
 * person, facts by source, and every record that refers to a given one. Each lookup is a Map access; the maps
 * are built once, on first use, so importing the package stays cheap.
 */
export class DatasetIndex {
  #byId?: Map<string, AnyRecord>;
  #names?: Map<string, NameEntry[]>;
  #backlinks?: Map<string, Backlink[]>;
  #bySource?: Map<string, AnyRecord[]>;

  constructor(readonly dataset: ParleyDataset) {}

  /** The record with this id, tagged with its kind. */
  get(id: string): AnyRecord | undefined {
    if (!this.#byId) {
      this.#byId = new Map();
      for (const entry of allRecords(this.dataset)) this.#byId.set(entry.record.id, entry);
    }
    return this.#byId.get(id);
  }

  /** The source with this citation key. */
  source(key: string): Source | undefined {
    const e = this.get(key);
    return e?.kind === 'source' ? e.record : undefined;
  }

  /** The person with this id. */
  person(id: string): Person | undefined {
    const e = this.get(id);
    return e?.kind === 'person' ? e.record : undefined;
  }

  /** The place with this id. */
  place(id: string): Place | undefined {
    const e = this.get(id);
    return e?.kind === 'place' ? e.record : undefined;
  }

  /** The event with this id. */
  event(id: string): Event | undefined {
    const e = this.get(id);
    return e?.kind === 'event' ? e.record : undefined;
  }

  /** The quantity with this id. */
  quantity(id: string): Quantity | undefined {
    const e = this.get(id);
    return e?.kind === 'quantity' ? e.record : undefined;
  }

  /**
   * What to call a record in a message or a card: the preferred spelling of a person, organisation, place or
   * event, the preferred title of an office, a source's headline; the id for anything else (or an unknown id).
   */
  nameOf(id: string): string {
    const e = this.get(id);
    if (!e) return id;
    switch (e.kind) {
      case 'person':
      case 'organisation':
      case 'place':
      case 'event':
        return preferredName(e.record.names);
      case 'role':
        return preferredName(e.record.title);
      case 'source':
        return e.record.title;
      default:
        return id;
    }
  }

  /** Every spelling of every name and office title, folded, for matching text against. */
  get names(): ReadonlyMap<string, readonly NameEntry[]> {
    if (!this.#names) {
      this.#names = new Map();
      for (const entry of allRecords(this.dataset)) {
        if (
          entry.kind === 'person' ||
          entry.kind === 'organisation' ||
          entry.kind === 'place' ||
          entry.kind === 'event'
        ) {
          for (const spelling of entry.record.names) {
            const folded = foldName(spelling.text);
            push(this.#names, folded, { spelling, folded, id: entry.record.id, kind: entry.kind });
          }
        } else if (entry.kind === 'role') {
          for (const spelling of entry.record.title) {
            const folded = foldName(spelling.text);
            push(this.#names, folded, { spelling, folded, id: entry.record.id, kind: 'role' });
          }
        }
      }
    }
    return this.#names;
  }

  /**
   * Records named by this text, insensitive to case, diacritics, apostrophe and dash variants: "kiev",
   * "Çırağan Palace" and "ZELENSKYY" all resolve. Office titles resolve to their role records.
   */
  byName(text: string): readonly NameEntry[] {
    return this.names.get(foldName(text)) ?? [];
  }

  /** Every record that refers to this id, with the field it refers from. */
  referencing(id: string): readonly Backlink[] {
    if (!this.#backlinks) {
      this.#backlinks = new Map();
      this.#bySource = new Map();
      for (const entry of allRecords(this.dataset)) {
        const seen = new Set<string>();
        for (const ref of referencesOf(entry) as Reference[]) {
          const field = ref.field.replace(/\[\d+\].*$/, '');
          const key = `${ref.to}\u0000${field}`;
          if (seen.has(key)) continue;
          seen.add(key);
          push(this.#backlinks, ref.to, { from: entry, field });
          if (field === 'evidence') push(this.#bySource, ref.to, entry);
        }
      }
    }
    return this.#backlinks.get(id) ?? [];
  }

  #kindOf<R>(id: string, field: string, kind: AnyRecord['kind']): R[] {
    return this.referencing(id)
      .filter((b) => b.field === field && b.from.kind === kind)
      .map((b) => b.from.record as R);
  }

  /** Every report of a quantity, side by side, in id order. */
  reportsOf(quantityId: string): Figure[] {
    return this.#kindOf<Figure>(quantityId, 'quantity', 'figure');
  }

  /** Figures attributed to a person, organisation or country ("Ukraine's air force said"). */
  figuresAttributedTo(id: string): Figure[] {
    return this.#kindOf<Figure>(id, 'attributedTo', 'figure');
  }

  /** Quotes by a speaker. */
  quotesBy(speakerId: string): Quote[] {
    return this.#kindOf<Quote>(speakerId, 'speaker', 'quote');
  }

  /** Offices a person held. */
  rolesOf(personId: string): Role[] {
    return this.#kindOf<Role>(personId, 'person', 'role');
  }

  /** Positions held by a party. */
  positionsOf(partyId: string): Position[] {
    return this.#kindOf<Position>(partyId, 'party', 'position');
  }

  /** Every record with evidence from this source. */
  factsIn(sourceKey: string): readonly AnyRecord[] {
    this.referencing(sourceKey);
    return this.#bySource?.get(sourceKey) ?? [];
  }
}

/** Builds the lookups for a dataset (the embedded one, or another document of the same schema). */
export const createIndex = (dataset: ParleyDataset): DatasetIndex => new DatasetIndex(dataset);
