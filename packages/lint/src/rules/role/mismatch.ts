import type { Role } from '@parley/dataset';
import { preferredName } from '@parley/dataset';
import { evidenceOf } from '../evidence.js';
import { defineRule, type Finding } from '../types.js';

/** A person given an office they did not hold, or called a former holder of one they still hold. */
export const roleMismatch = defineRule({
  id: 'role/mismatch',
  severity: 'warning',
  summary: 'A person given an office they did not hold, or called its former holder while still holding it.',
  messages: {
    notHeld: '{person} is not recorded as {title}[ of {qualifier}]; the dataset records: {offices}.',
    notFormer: '{person} still holds the office of {title}, by the dataset (as of {attested}); not “former”.',
  },
  check({ model, roles }) {
    const out: Finding<'notHeld' | 'notFormer'>[] = [];
    const office = (r: Role) =>
      `${r.former ? 'former ' : ''}${preferredName(r.title)}${r.jurisdiction ? ` (${model.index.nameOf(r.jurisdiction)})` : ''}`;
    for (const c of roles) {
      if (c.agrees) continue;
      const person = model.index.nameOf(c.person);
      if (c.former && c.matching.length > 0) {
        const r = c.matching[0]!;
        out.push({
          start: c.title.start,
          end: c.title.end,
          messageId: 'notFormer',
          data: { person, title: preferredName(r.title), attested: r.attested },
          evidence: c.matching.flatMap(evidenceOf),
        });
        continue;
      }
      const current = c.held.filter((r) => !r.former);
      const fix = current.length === 1 ? preferredName(current[0]!.title) : undefined;
      const finding: Finding<'notHeld'> = {
        start: c.title.start,
        end: c.title.end,
        messageId: 'notHeld',
        data: {
          person,
          title: c.title.text,
          qualifier: c.qualifier ? model.index.nameOf(c.qualifier) : '',
          offices: c.held.map(office).join('; '),
        },
        evidence: c.held.flatMap(evidenceOf),
      };
      if (fix)
        finding.fixes = [
          { title: `Change to ${fix}`, edits: [{ start: c.title.start, end: c.title.end, newText: fix }] },
        ];
      out.push(finding);
    }
    return out;
  },
});
