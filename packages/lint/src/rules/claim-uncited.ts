import { citedBySentence, evidenceOfStatement, sourcesOfStatement, statements } from './statements.js';
import type { Finding, Rule } from './types.js';

/** A checkable statement with no citation. */
export const claimUncited: Rule = {
  id: 'claim/uncited',
  severity: 'info',
  summary: 'A checkable statement with no citation.',
  check(ctx) {
    const cited = citedBySentence(ctx);
    const seen = new Set<number>();
    const out: Finding[] = [];
    for (const s of statements(ctx)) {
      if (cited.has(s.sentence) || seen.has(s.sentence)) continue;
      seen.add(s.sentence);
      out.push({
        start: s.start,
        end: s.end,
        message: `No citation for ${s.what()}; ${sourcesOfStatement(s)
          .map((k) => `[@${k}]`)
          .join(' or ')} reports it.`,
        evidence: evidenceOfStatement(s),
      });
    }
    return out;
  },
};
