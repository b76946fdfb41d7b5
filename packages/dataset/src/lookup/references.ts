import type { AnyRecord, RecordKind } from './record.js';

/** A reference from a record to another record's id, with the field that holds it and the kinds it may name. */
export interface Reference {
  /** Field path, e.g. `participants[2]` or `evidence[0].source`. */
  field: string;
  to: string;
  kinds: readonly RecordKind[];
}

const ENTITY: readonly RecordKind[] = ['person', 'organisation', 'place'];
const SPEAKER: readonly RecordKind[] = ['person', 'organisation'];

/** Every id a record refers to (evidence sources included). The dataset build checks each one resolves. */
export function referencesOf(entry: AnyRecord): Reference[] {
  const out: Reference[] = entry.record.evidence.map((e, i) => ({
    field: `evidence[${i}].source`,
    to: e.source,
    kinds: ['source'],
  }));
  const add = (
    field: string,
    value: string | null | undefined | readonly string[],
    kinds: readonly RecordKind[],
  ) => {
    if (typeof value === 'string') out.push({ field, to: value, kinds });
    else if (Array.isArray(value)) {
      value.forEach((to, i) => {
        out.push({ field: `${field}[${i}]`, to, kinds });
      });
    }
  };
  switch (entry.kind) {
    case 'source':
      add('publisherOrganisation', entry.record.publisherOrganisation, ['organisation']);
      break;
    case 'person':
      add('nationality', entry.record.nationality, ['place']);
      break;
    case 'organisation':
      add('country', entry.record.country, ['place']);
      add('partOf', entry.record.partOf, ['organisation']);
      break;
    case 'place':
      add('within', entry.record.within, ['place']);
      break;
    case 'event':
      add('places', entry.record.places, ['place']);
      add('participants', entry.record.participants, ENTITY);
      add('partOf', entry.record.partOf, ['event']);
      break;
    case 'role':
      add('person', entry.record.person, ['person']);
      add('organisation', entry.record.organisation, ['organisation']);
      add('jurisdiction', entry.record.jurisdiction, ['place']);
      break;
    case 'quantity':
      add('event', entry.record.event, ['event']);
      add('actor', entry.record.actor, ENTITY);
      add('target', entry.record.target, ENTITY);
      add('owner', entry.record.owner, ENTITY);
      add('whole', entry.record.whole, ENTITY);
      break;
    case 'figure':
      add('quantity', entry.record.quantity, ['quantity']);
      add('attributedTo', entry.record.attributedTo, ENTITY);
      entry.record.referredToAs?.forEach((x, i) => {
        out.push({ field: `referredToAs[${i}].id`, to: x.id, kinds: ENTITY });
      });
      break;
    case 'quote':
      add('speaker', entry.record.speaker, SPEAKER);
      add('event', entry.record.event, ['event']);
      add('about', entry.record.about, [...ENTITY, 'event', 'quantity']);
      add('alsoReportedAs', entry.record.alsoReportedAs, ['quote']);
      entry.record.referredToAs?.forEach((x, i) => {
        out.push({ field: `referredToAs[${i}].id`, to: x.id, kinds: SPEAKER });
      });
      break;
    case 'position':
      add('party', entry.record.party, ENTITY);
      add('statedBy', entry.record.statedBy, SPEAKER);
      break;
    case 'biography':
      add('person', entry.record.person, ['person']);
      break;
  }
  return out;
}
