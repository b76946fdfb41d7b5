import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository (read-only material: seeds and drafts). */
export const sharedDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared');
export const draftsDir = join(sharedDir, 'drafts');
export const seedsDir = process.env.PARLEY_SEEDS ?? join(sharedDir, 'seeds');

export const drafts = () =>
  readdirSync(draftsDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
export const expected = (): { file: string; line: number; rule: string }[] =>
  JSON.parse(readFileSync(join(draftsDir, 'expected.json'), 'utf8')).planted;
export const seeds = () =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

export const realReportsDir = join(sharedDir, 'real-reports');

/** A published report's text: what follows the header's `---` line, as the scoring tool lints it. */
export const reportBody = (text: string): string => text.slice(text.indexOf('\n---\n') + 5);

interface Judged {
  file: string;
  line: number;
  rule: string;
  verdict?: 'true' | 'false';
}
/** The hand-judged findings and misses of ../shared/real-reports/expected.json. */
export const realReportsExpected = (): { findings: Judged[]; misses: Judged[] } =>
  JSON.parse(readFileSync(join(realReportsDir, 'expected.json'), 'utf8'));
