import type {
  BiographyId,
  EventId,
  FigureId,
  OrganisationId,
  PersonId,
  PlaceId,
  PositionId,
  QuantityId,
  QuoteId,
  RecordId,
  RetiredId,
  RoleId,
  SourceId,
} from '../generated/ids.js';
import type {
  Biography,
  Event,
  Figure,
  Organisation,
  ParleyDataset,
  Person,
  Place,
  Position,
  Quantity,
  Quote,
  Role,
  Source,
} from '../generated/types.js';
import { disputed } from './disputed.js';
import { foldName } from './fold.js';
import { preferredName } from './preferred-name.js';
import { type AnyRecord, allRecords, type NameEntry } from './record.js';
import { type Reference, referencesOf } from './references.js';

/**
 * An id argument: a literal must be one of the ids `U` (a typo fails to compile); a `string` read at run
 * time is accepted as it is.
 */
export type Checked<T extends string, U extends string> = string extends T ? T : T extends U ? T : U;

type RecordOf<K extends AnyRecord['kind']> = Extract<AnyRecord, { kind: K }>['record'];

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
  get<T extends string>(id: Checked<T, RecordId>): AnyRecord | undefined {
    return this.#lookup(id);
  }

  #lookup(id: string): AnyRecord | undefined {
    if (!this.#byId) {
      this.#byId = new Map();
      for (const entry of allRecords(this.dataset)) this.#byId.set(entry.record.id, entry);
    }
    return this.#byId.get(id);
  }

  #of<K extends AnyRecord['kind']>(id: string, kind: K): RecordOf<K> | undefined {
    const e = this.#lookup(id);
    return (e?.kind === kind ? e.record : undefined) as RecordOf<K> | undefined;
  }

  /** The source with this citation key. */
  source<T extends string>(key: Checked<T, SourceId>): Source | undefined {
    return this.#of(key, 'source');
  }

  /** The person with this id. */
  person<T extends string>(id: Checked<T, PersonId>): Person | undefined {
    return this.#of(id, 'person');
  }

  /** The organisation with this id. */
  organisation<T extends string>(id: Checked<T, OrganisationId>): Organisation | undefined {
    return this.#of(id, 'organisation');
  }

  /** The place with this id. */
  place<T extends string>(id: Checked<T, PlaceId>): Place | undefined {
    return this.#of(id, 'place');
  }

  /** The event with this id. */
  event<T extends string>(id: Checked<T, EventId>): Event | undefined {
    return this.#of(id, 'event');
  }

  /** The office (role) with this id. */
  role<T extends string>(id: Checked<T, RoleId>): Role | undefined {
    return this.#of(id, 'role');
  }

  /** The quantity with this id. */
  quantity<T extends string>(id: Checked<T, QuantityId>): Quantity | undefined {
    return this.#of(id, 'quantity');
  }

  /** The figure (one report of a quantity) with this id. */
  figure<T extends string>(id: Checked<T, FigureId>): Figure | undefined {
    return this.#of(id, 'figure');
  }

  /** The quote with this id. */
  quote<T extends string>(id: Checked<T, QuoteId>): Quote | undefined {
    return this.#of(id, 'quote');
  }

  /** The position with this id. */
  position<T extends string>(id: Checked<T, PositionId>): Position | undefined {
    return this.#of(id, 'position');
  }

  /** The biography line with this id. */
  biography<T extends string>(id: Checked<T, BiographyId>): Biography | undefined {
    return this.#of(id, 'biography');
  }

  /**
   * The current ids for an id: itself if a record has it, the record it moved to or the records it was split
   * into if it was retired, nothing if it was never an id.
   */
  resolve<T extends string>(id: Checked<T, RecordId | RetiredId>): readonly string[] {
    if (this.#lookup(id)) return [id];
    const r = this.dataset.redirects.find((x) => x.id === id);
    return r ? (r.moved ? [r.moved] : (r.split ?? [])) : [];
  }

  /**
   * Whether the sources disagree on a quantity: two reports in the same unit and per the same side whose
   * values cannot both hold (472 and 500 drones). Reports in different units (the start time in Istanbul
   * and in Paris) are not compared, and a vague report ("dozens") contradicts nothing.
   */
  disputed<T extends string>(quantityId: Checked<T, QuantityId>): boolean {
    return disputed(this.#kindOf<Figure>(quantityId, 'quantity', 'figure'));
  }

  /**
   * What to call a record in a message or a card: the preferred spelling of a person, organisation, place or
   * event, the preferred title of an office, a source's headline; the id for anything else (or an unknown id).
   */
  nameOf<T extends string>(id: Checked<T, RecordId>): string {
    const e = this.#lookup(id);
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
  referencing<T extends string>(id: Checked<T, RecordId>): readonly Backlink[] {
    return this.#refs(id);
  }

  #refs(id: string): readonly Backlink[] {
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
    return this.#refs(id)
      .filter((b) => b.field === field && b.from.kind === kind)
      .map((b) => b.from.record as R);
  }

  /** Every report of a quantity, side by side, in id order. */
  reportsOf<T extends string>(quantityId: Checked<T, QuantityId>): Figure[] {
    return this.#kindOf<Figure>(quantityId, 'quantity', 'figure');
  }

  /** Figures attributed to a person, organisation or country ("Ukraine's air force said"). */
  figuresAttributedTo<T extends string>(id: Checked<T, PersonId | OrganisationId | PlaceId>): Figure[] {
    return this.#kindOf<Figure>(id, 'attributedTo', 'figure');
  }

  /** Quotes by a speaker. */
  quotesBy<T extends string>(speakerId: Checked<T, PersonId | OrganisationId>): Quote[] {
    return this.#kindOf<Quote>(speakerId, 'speaker', 'quote');
  }

  /** Biography lines of a person. */
  biographyOf<T extends string>(personId: Checked<T, PersonId>): Biography[] {
    return this.#kindOf<Biography>(personId, 'person', 'biography');
  }

  /** Offices a person held. */
  rolesOf<T extends string>(personId: Checked<T, PersonId>): Role[] {
    return this.#kindOf<Role>(personId, 'person', 'role');
  }

  /** Positions held by a party. */
  positionsOf<T extends string>(partyId: Checked<T, PersonId | OrganisationId | PlaceId>): Position[] {
    return this.#kindOf<Position>(partyId, 'party', 'position');
  }

  /** Every record with evidence from this source. */
  factsIn<T extends string>(sourceKey: Checked<T, SourceId>): readonly AnyRecord[] {
    this.#refs(sourceKey);
    return this.#bySource?.get(sourceKey) ?? [];
  }
}

/** Builds the lookups for a dataset (the embedded one, or another document of the same schema). */
export const createIndex = (dataset: ParleyDataset): DatasetIndex => new DatasetIndex(dataset);
