import {
  type AnyRecord,
  allRecords,
  type Biography,
  collections,
  createIndex,
  type DatasetIndex,
  dataset,
  type Event,
  type Figure,
  type Organisation,
  type ParleyDataset,
  type Person,
  type Place,
  type Position,
  preferredName,
  type Quantity,
  type Quote,
  type RecordKind,
  type Role,
  recordKinds,
  type Source,
} from '@parley/dataset';
import { compile, type LintModel } from '@parley/lint';
import { badInput } from './pagination.js';

/** The GraphQL type name of each record kind (a dataset `role` is an `Office` in the API). */
export const TYPE_NAMES = {
  source: 'Source',
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  event: 'Event',
  role: 'Office',
  quantity: 'Quantity',
  figure: 'Figure',
  quote: 'Quote',
  position: 'Position',
  biography: 'Biography',
} as const satisfies Record<RecordKind, string>;

export type TypeName = (typeof TYPE_NAMES)[RecordKind];

/** Record kinds in the dataset's own collection order (sources first). */
export const KINDS = recordKinds;

const KIND_BY_TYPE_NAME = new Map<string, RecordKind>(KINDS.map((kind) => [TYPE_NAMES[kind], kind] as const));

/** The record shape of each kind. */
export interface RecordOfKind {
  source: Source;
  person: Person;
  organisation: Organisation;
  place: Place;
  event: Event;
  role: Role;
  quantity: Quantity;
  figure: Figure;
  quote: Quote;
  position: Position;
  biography: Biography;
}

/** Any dataset record. */
export type DataRecord = AnyRecord['record'];

/** Anything that can be a party, a participant or whom a figure is attributed to. */
export type Party = Person | Organisation | Place;
/** Anything that can speak: a person or an organisation. */
export type Speaker = Person | Organisation;

/**
 * The dataset as a graph: every record with its kind, and every link followed both ways. The forward links
 * are fields of the records; the backward ones come from the dataset index's `referencing`, which is built
 * once. Everything here is a Map access after the first call, so resolvers stay cheap.
 */
export class DatasetGraph {
  readonly #kinds = new WeakMap<object, RecordKind>();
  readonly #withinClosure = new Map<string, ReadonlySet<string>>();
  /**
   * The dataset compiled for the linter, once per process: compiling is far costlier than a lint call, so
   * `lint` and `hover` share this model and never compile per request.
   */
  readonly model: LintModel;

  constructor(
    readonly data: ParleyDataset,
    readonly index: DatasetIndex,
  ) {
    this.model = compile(data);
    for (const entry of allRecords(data)) this.#kinds.set(entry.record, entry.kind);
  }

  /** The kind of a record of this dataset, or undefined for anything else. */
  kindOf(value: unknown): RecordKind | undefined {
    return typeof value === 'object' && value !== null ? this.#kinds.get(value) : undefined;
  }

  /** The GraphQL type name for a record of this dataset. */
  typeNameOf(value: unknown): TypeName | undefined {
    const kind = this.kindOf(value);
    return kind ? TYPE_NAMES[kind] : undefined;
  }

  /** Every record of a kind, in dataset order. */
  all<K extends RecordKind>(kind: K): readonly RecordOfKind[K][] {
    return this.data[collections[kind]] as unknown as RecordOfKind[K][];
  }

  /** The record of this kind with this key (dataset id), if there is one. */
  get<K extends RecordKind>(kind: K, key: string): RecordOfKind[K] | undefined {
    const entry = this.index.get(key);
    return entry?.kind === kind ? (entry.record as RecordOfKind[K]) : undefined;
  }

  /**
   * The record a filter argument names; an unknown key is the client's mistake, so it is an error naming the
   * argument, not an empty result that would look like "no matches".
   */
  must<K extends RecordKind>(kinds: readonly K[], key: string, argument: string): RecordOfKind[K] {
    const entry = this.index.get(key);
    if (entry && (kinds as readonly RecordKind[]).includes(entry.kind))
      return entry.record as RecordOfKind[K];
    const what = kinds.map((k) => TYPE_NAMES[k].toLowerCase()).join(' or ');
    throw badInput(
      entry
        ? `\`${argument}\`: "${key}" is a ${TYPE_NAMES[entry.kind].toLowerCase()}, not a ${what}.`
        : `\`${argument}\`: no ${what} has the key "${key}".`,
      { argument },
    );
  }

  /** The record with this key, whatever its kind. */
  any(key: string): DataRecord | undefined {
    return this.index.get(key)?.record;
  }

  /** Resolves a node by GraphQL type name and key (for `node(id:)`). */
  byTypeName(typeName: string, key: string): DataRecord | undefined {
    const kind = KIND_BY_TYPE_NAME.get(typeName);
    return kind ? this.get(kind, key) : undefined;
  }

  /** Whether a GraphQL type name is one of the record types. */
  isTypeName(name: string): boolean {
    return KIND_BY_TYPE_NAME.has(name);
  }

  /** Records that refer to `key` from `field` (e.g. quotes whose `speaker` is a person), in dataset order. */
  referrers<K extends RecordKind>(key: string, kind: K, field: string): RecordOfKind[K][] {
    const out: RecordOfKind[K][] = [];
    for (const link of this.index.referencing(key)) {
      if (link.field === field && link.from.kind === kind) out.push(link.from.record as RecordOfKind[K]);
    }
    return out;
  }

  /**
   * The records these keys name, in order, keeping those of the given kinds (all kinds when none given).
   * The dataset build checks every reference resolves to an allowed kind, so nothing is dropped in practice.
   */
  records<K extends RecordKind>(
    keys: readonly string[] | null | undefined,
    ...kinds: K[]
  ): RecordOfKind[K][] {
    const out: RecordOfKind[K][] = [];
    for (const key of keys ?? []) {
      const entry = this.index.get(key);
      if (entry && (kinds.length === 0 || (kinds as RecordKind[]).includes(entry.kind))) {
        out.push(entry.record as RecordOfKind[K]);
      }
    }
    return out;
  }

  /** The distinct sources a record's evidence cites, in citation order. */
  sourcesOf(record: DataRecord): Source[] {
    const seen = new Set<string>();
    const out: Source[] = [];
    for (const e of record.evidence) {
      if (seen.has(e.source)) continue;
      seen.add(e.source);
      const s = this.get('source', e.source);
      if (s) out.push(s);
    }
    return out;
  }

  /** Every record with evidence from a source, in dataset order. */
  factsIn(sourceKey: string): DataRecord[] {
    return this.index.factsIn(sourceKey).map((e) => e.record);
  }

  /** The records of one kind with evidence from a source. */
  factsOfKind<K extends RecordKind>(sourceKey: string, kind: K): RecordOfKind[K][] {
    return this.index
      .factsIn(sourceKey)
      .filter((e) => e.kind === kind)
      .map((e) => e.record as RecordOfKind[K]);
  }

  /** A place and every place within it, transitively (events "in Istanbul" include those at its venues). */
  placeAndWithin(placeKey: string): ReadonlySet<string> {
    let closure = this.#withinClosure.get(placeKey);
    if (!closure) {
      const set = new Set<string>([placeKey]);
      const queue = [placeKey];
      while (queue.length) {
        const key = queue.pop()!;
        for (const child of this.referrers(key, 'place', 'within')) {
          if (!set.has(child.id)) {
            set.add(child.id);
            queue.push(child.id);
          }
        }
      }
      closure = set;
      this.#withinClosure.set(placeKey, closure);
    }
    return closure;
  }
}

/** The preferred spelling among a record's names: the dataset's own `preferredName`. */
export const preferred = preferredName;

/**
 * The graph over the embedded dataset, shared by every request. The dataset's exports are frozen; Pothos
 * brands each object it resolves as a node with a symbol property, so the graph serves its own copy.
 */
const served: ParleyDataset = structuredClone(dataset);
export const graph = new DatasetGraph(served, createIndex(served));
