import type { LoadedRecord } from '../load.js';
import type { Problem } from '../problem.js';
import type { FoldedText } from '../provenance.js';
import { attribution } from './attribution.js';
import { type Check, contextOf } from './context.js';
import { eventDate } from './event-date.js';
import { eventDatePrecision } from './event-date-precision.js';
import { figureNumber } from './figure-number.js';
import { figurePer } from './figure-per.js';
import { figureQuantity } from './figure-quantity.js';
import { quantityOfNouns } from './quantity-of-nouns.js';
import { quoteMarks } from './quote-marks.js';
import { quoteTranslation } from './quote-translation.js';

/** Every check of what a record says against what its evidence says, by name. One file per check. */
export const semanticChecks: Readonly<Record<string, Check>> = {
  'figure-number': figureNumber,
  'figure-per': figurePer,
  'figure-quantity': figureQuantity,
  'quantity-of-nouns': quantityOfNouns,
  attribution,
  'quote-marks': quoteMarks,
  'quote-translation': quoteTranslation,
  'event-date': eventDate,
  'event-date-precision': eventDatePrecision,
};

/** Runs every semantic check; problems in check order. */
export function checkSemantics(records: LoadedRecord[], texts: ReadonlyMap<string, FoldedText>): Problem[] {
  const ctx = contextOf(records, texts);
  return Object.values(semanticChecks).flatMap((check) => check(ctx));
}
