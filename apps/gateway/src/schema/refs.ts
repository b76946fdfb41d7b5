import type {
  Biography,
  Event,
  Figure,
  Organisation,
  Person,
  Place,
  Position,
  Quantity,
  Quote,
  Role,
  Source,
} from '@parley/dataset';
import { builder } from './builder.js';

// The object refs and shared connection types of every record type, created before any type is
// implemented: the types link to one another both ways (a person's offices, an office's holder), and
// Pothos resolves refs lazily, so each type file can use any ref without import cycles.

export const SourceRef = builder.objectRef<Source>('Source');
export const PersonRef = builder.objectRef<Person>('Person');
export const OrganisationRef = builder.objectRef<Organisation>('Organisation');
export const PlaceRef = builder.objectRef<Place>('Place');
export const EventRef = builder.objectRef<Event>('Event');
export const OfficeRef = builder.objectRef<Role>('Office');
export const QuantityRef = builder.objectRef<Quantity>('Quantity');
export const FigureRef = builder.objectRef<Figure>('Figure');
export const QuoteRef = builder.objectRef<Quote>('Quote');
export const PositionRef = builder.objectRef<Position>('Position');
export const BiographyRef = builder.objectRef<Biography>('Biography');

/** One connection (and edge) type per record type, shared by every field that lists that kind. */
export const SourceConnection = builder.connectionObject(
  { type: SourceRef, name: 'SourceConnection', description: 'A page of sources.' },
  { name: 'SourceEdge', description: 'A source in a page of sources.' },
);
export const PersonConnection = builder.connectionObject(
  { type: PersonRef, name: 'PersonConnection', description: 'A page of people.' },
  { name: 'PersonEdge', description: 'A person in a page of people.' },
);
export const OrganisationConnection = builder.connectionObject(
  { type: OrganisationRef, name: 'OrganisationConnection', description: 'A page of organisations.' },
  { name: 'OrganisationEdge', description: 'An organisation in a page of organisations.' },
);
export const PlaceConnection = builder.connectionObject(
  { type: PlaceRef, name: 'PlaceConnection', description: 'A page of places.' },
  { name: 'PlaceEdge', description: 'A place in a page of places.' },
);
export const EventConnection = builder.connectionObject(
  { type: EventRef, name: 'EventConnection', description: 'A page of events.' },
  { name: 'EventEdge', description: 'An event in a page of events.' },
);
export const OfficeConnection = builder.connectionObject(
  { type: OfficeRef, name: 'OfficeConnection', description: 'A page of offices.' },
  { name: 'OfficeEdge', description: 'An office in a page of offices.' },
);
export const QuantityConnection = builder.connectionObject(
  { type: QuantityRef, name: 'QuantityConnection', description: 'A page of quantities.' },
  { name: 'QuantityEdge', description: 'A quantity in a page of quantities.' },
);
export const FigureConnection = builder.connectionObject(
  { type: FigureRef, name: 'FigureConnection', description: 'A page of figures (reports of quantities).' },
  { name: 'FigureEdge', description: 'A figure in a page of figures.' },
);
export const QuoteConnection = builder.connectionObject(
  { type: QuoteRef, name: 'QuoteConnection', description: 'A page of quotes.' },
  { name: 'QuoteEdge', description: 'A quote in a page of quotes.' },
);
export const PositionConnection = builder.connectionObject(
  { type: PositionRef, name: 'PositionConnection', description: 'A page of negotiating positions.' },
  { name: 'PositionEdge', description: 'A position in a page of positions.' },
);
