import { evidenceOfStatement, sourcesOfStatement } from '../../statement/statements.js';
import { defineRule, type Finding } from '../types.js';

/** A checkable statement with no citation. */
export const claimUncited = defineRule({
  id: 'claim/uncited',
  severity: 'info',
  summary: 'A checkable statement with no citation.',
  messages: { uncited: 'No citation for {what}; {sources} reports it.' },
  check({ statements, citedBySentence }) {
    const seen = new Set<number>();
    const out: Finding<'uncited'>[] = [];
    for (const s of statements) {
      if (citedBySentence.has(s.sentence) || seen.has(s.sentence)) continue;
      seen.add(s.sentence);
      out.push({
        start: s.start,
        end: s.end,
        messageId: 'uncited',
        data: {
          what: s.what(),
          sources: sourcesOfStatement(s)
            .map((k) => `[@${k}]`)
            .join(' or '),
        },
        evidence: evidenceOfStatement(s),
      });
    }
    return out;
  },
});
