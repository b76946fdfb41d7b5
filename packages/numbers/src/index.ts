/**
 * @parley/numbers: the numbers of English news prose, read as a fact-checker reads them. One parser for the
 * linter's drafts and the dataset's checks of its own records, so the two never drift apart.
 *
 * @example
 * ```ts
 * import { findNumbers } from '@parley/numbers';
 * findNumbers('a truce of two to three days');
 * // → [{ value: 2, max: 3, qualifier: 'range', time: { unit: 'day', ago: false }, … }]
 * ```
 * @packageDocumentation
 */
export { findNumbers, MINUTES, type NumberExpr, type Qualifier, type TimeUnit } from './numbers.js';
export { isSpace } from './space.js';
