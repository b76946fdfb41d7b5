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
  Spelling,
} from '../generated/types.js';

/** Any record, tagged with its kind. */
export type AnyRecord =
  | { kind: 'source'; record: Source }
  | { kind: 'person'; record: Person }
  | { kind: 'organisation'; record: Organisation }
  | { kind: 'place'; record: Place }
  | { kind: 'event'; record: Event }
  | { kind: 'role'; record: Role }
  | { kind: 'quantity'; record: Quantity }
  | { kind: 'figure'; record: Figure }
  | { kind: 'quote'; record: Quote }
  | { kind: 'position'; record: Position }
  | { kind: 'biography'; record: Biography };

export type RecordKind = AnyRecord['kind'];

/** A record that has names: what a mention in text can refer to. */
export type NamedRecord = Extract<AnyRecord, { kind: 'person' | 'organisation' | 'place' | 'event' }>;

/** Dataset collection for each kind. */
export const collections = {
  source: 'sources',
  person: 'people',
  organisation: 'organisations',
  place: 'places',
  event: 'events',
  role: 'roles',
  quantity: 'quantities',
  figure: 'figures',
  quote: 'quotes',
  position: 'positions',
  biography: 'biographies',
} as const satisfies Record<RecordKind, keyof ParleyDataset>;

/** Every record kind, in collection order: the one list consumers take kinds from. */
export const recordKinds: readonly RecordKind[] = Object.freeze(Object.keys(collections) as RecordKind[]);

/** One spelling of a name or title, with the record it belongs to. */
export interface NameEntry {
  /** The spelling as recorded. */
  spelling: Spelling;
  /** The spelling folded with {@link foldName}. */
  folded: string;
  /** Id of the record it names: a person, organisation, place or event, or a role for a title. */
  id: string;
  kind: 'person' | 'organisation' | 'place' | 'event' | 'role';
}

/** Every record in the dataset, tagged with its kind, in collection order. */
export function* allRecords(dataset: ParleyDataset): Generator<AnyRecord> {
  for (const [kind, collection] of Object.entries(collections) as [RecordKind, keyof ParleyDataset][]) {
    for (const record of dataset[collection] as AnyRecord['record'][]) yield { kind, record } as AnyRecord;
  }
}
