// Declares dist/data.js, which scripts/build.ts generates from the authored records.
import type { ParleyDataset } from './generated/types.js';

declare const data: ParleyDataset;
export default data;
