import { graph } from '../data/graph.js';
import { builder } from './builder.js';
import { OrganisationRef, PersonRef } from './refs.js';

/** Who can say something: a person or an organisation. */
export const SpeakerRef = builder.unionType('Speaker', {
  description: 'Who says something: a person or an organisation (a ministry’s statement, say).',
  types: [PersonRef, OrganisationRef],
  resolveType: (value) => graph.typeNameOf(value) as 'Person' | 'Organisation',
});

/** Pages of speakers. */
export const SpeakerConnection = builder.connectionObject(
  { type: SpeakerRef, name: 'SpeakerConnection', description: 'A page of speakers (people, organisations).' },
  { name: 'SpeakerEdge', description: 'A speaker in a page of speakers.' },
);
