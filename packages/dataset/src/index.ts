/**
 * @parley/dataset: every fact in the source articles on the 2025 Russia–Ukraine talks in Istanbul, typed,
 * with its evidence.
 *
 * @example
 * ```ts
 * import { index, sources } from '@parley/dataset';
 * index.byName('Kiev');                               // → the Kyiv place record (a deprecated spelling)
 * index.reportsOf('drones-launched-overnight-2025-06-01'); // → 472 (air force), 500 drones and decoys (NYT)
 * ```
 * @packageDocumentation
 */
import raw from './data.js';
import type { ParleyDataset } from './generated/types.js';
import { createIndex } from './lookup/dataset-index.js';
import { deepFreeze } from './lookup/freeze.js';

// Frozen, so that a consumer's edit cannot change what the index (or another consumer) reads.
const data: ParleyDataset = deepFreeze(raw);

export type * from './generated/ids.js';
export type * from './generated/types.js';
export { type Backlink, type Checked, createIndex, DatasetIndex } from './lookup/dataset-index.js';
export { contradicts, disputed } from './lookup/disputed.js';
export { foldChar, foldName } from './lookup/fold.js';
export { preferredName, preferredNameInProse, recordName } from './lookup/preferred-name.js';
export {
  type AnyRecord,
  allRecords,
  collections,
  type NamedRecord,
  type NameEntry,
  type RecordKind,
  recordKinds,
} from './lookup/record.js';
export { type Reference, referencesOf } from './lookup/references.js';
export { actionWords } from './vocabulary/action-words.js';

/** The whole dataset document (what `@parley/dataset/dataset.json` holds). */
export const dataset: ParleyDataset = data;
/** Version of this dataset: the package version it was built for. */
export const version: string = data.version;
/** The source articles; their ids are the citation keys drafts use as `[@key]`. */
export const sources = data.sources;
export const people = data.people;
export const organisations = data.organisations;
export const places = data.places;
export const events = data.events;
/** Offices held by people, with every spelling of the title. */
export const roles = data.roles;
/** What figures report on; see {@link DatasetIndex.reportsOf} for every report of one. */
export const quantities = data.quantities;
export const figures = data.figures;
export const quotes = data.quotes;
export const positions = data.positions;
/** Lines of people's biographies (what they did or are known for, beyond offices and events). */
export const biographies = data.biographies;
/** Retired ids and the records that replace them; see {@link DatasetIndex.resolve}. */
export const redirects = data.redirects;

/** Lookups over the embedded dataset, built lazily on first use. */
export const index = createIndex(data);
