import { z } from 'zod';
import { Biography } from './biography.js';
import { Event } from './event.js';
import { Figure } from './figure.js';
import { Organisation } from './organisation.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Position } from './position.js';
import { Quantity } from './quantity.js';
import { Quote } from './quote.js';
import { Redirect } from './redirect.js';
import { Role } from './role.js';
import { Source } from './source.js';

export * from './common.js';
export { Action } from './quantity.js';
export {
  Biography,
  Event,
  Figure,
  Organisation,
  Person,
  Place,
  Position,
  Quantity,
  Quote,
  Redirect,
  Role,
  Source,
};

/** Record kinds, as folder names under data/ and keys of the dataset document. */
export const kinds = {
  source: { schema: Source, collection: 'sources' },
  person: { schema: Person, collection: 'people' },
  organisation: { schema: Organisation, collection: 'organisations' },
  place: { schema: Place, collection: 'places' },
  event: { schema: Event, collection: 'events' },
  role: { schema: Role, collection: 'roles' },
  quantity: { schema: Quantity, collection: 'quantities' },
  figure: { schema: Figure, collection: 'figures' },
  quote: { schema: Quote, collection: 'quotes' },
  position: { schema: Position, collection: 'positions' },
  biography: { schema: Biography, collection: 'biographies' },
} as const;

export type Kind = keyof typeof kinds;

/** The whole dataset as one document: what dist/dataset.json holds. */
export const Dataset = z
  .object({
    version: z.string().describe('Version of the @parley/dataset package this document was built for.'),
    sources: z.array(Source),
    people: z.array(Person),
    organisations: z.array(Organisation),
    places: z.array(Place),
    events: z.array(Event),
    roles: z.array(Role),
    quantities: z.array(Quantity),
    figures: z.array(Figure),
    quotes: z.array(Quote),
    positions: z.array(Position),
    biographies: z.array(Biography),
    redirects: z
      .array(Redirect)
      .describe('Retired ids and the records that replace them; see `DatasetIndex.resolve`.'),
  })
  .strict()
  .describe('The Parley dataset: every fact in the source articles, with its evidence.');
