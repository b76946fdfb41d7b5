import { evidenceOf } from './evidence.js';
import { nameOfRecord } from './figure-mismatch.js';
import type { Rule } from './types.js';

/** A person given an office they did not hold. */
export const roleMismatch: Rule = {
  id: 'role/mismatch',
  severity: 'warning',
  summary: 'A person given an office they did not hold.',
  check({ model, roles }) {
    return roles
      .filter((c) => !c.agrees)
      .map((c) => {
        const name = nameOfRecord(model, c.person);
        const offices = c.held.map((r) => {
          const title = r.title.find((t) => t.status === 'preferred')?.text ?? r.id;
          const where = r.jurisdiction ? ` (${nameOfRecord(model, r.jurisdiction)})` : '';
          return `${r.former ? 'former ' : ''}${title}${where}`;
        });
        const only = c.held.filter((r) => !r.former);
        const fix =
          only.length === 1 ? only[0]!.title.find((t) => t.status === 'preferred')?.text : undefined;
        return {
          start: c.title.start,
          end: c.title.end,
          message: `${name} is not recorded as ${c.title.text}${c.qualifier ? ` of ${nameOfRecord(model, c.qualifier)}` : ''}; the dataset records: ${offices.join('; ')}.`,
          evidence: c.held.flatMap(evidenceOf),
          ...(fix
            ? {
                fixes: [
                  {
                    title: `Change to ${fix}`,
                    edits: [{ start: c.title.start, end: c.title.end, newText: fix }],
                  },
                ],
              }
            : {}),
        };
      });
  },
};
