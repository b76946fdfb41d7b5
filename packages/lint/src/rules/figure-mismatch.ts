import { describeReport, evidenceOf } from './evidence.js';
import type { Rule } from './types.js';

/** A number that contradicts every recorded report of the same quantity. */
export const figureMismatch: Rule = {
  id: 'figure/mismatch',
  severity: 'warning',
  summary: 'A number that contradicts every recorded report of the same quantity.',
  check({ model, analysis, figures }) {
    const nameOf = (id: string) => nameOfRecord(model, id);
    return figures
      .filter((c) => c.agreeing.length === 0)
      .map((c) => ({
        start: c.number.start,
        end: c.number.end,
        message: `“${analysis.text.slice(c.number.start, c.number.end)}” contradicts every recorded report: ${c.reports.map((f) => describeReport(f, nameOf)).join('; ')}.`,
        evidence: c.reports.flatMap(evidenceOf),
      }));
  },
};

/** Preferred name of a person, organisation or place, or the id. */
export function nameOfRecord(
  model: { index: { get(id: string): { record: unknown } | undefined } },
  id: string,
): string {
  const r = model.index.get(id)?.record as { names?: { text: string; status: string }[] } | undefined;
  return r?.names?.find((n) => n.status === 'preferred')?.text ?? id;
}
