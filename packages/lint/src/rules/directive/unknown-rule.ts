import { nearest } from '../../citation/nearest.js';
import { ruleIdList } from '../ids.js';
import { defineRule, type Finding } from '../types.js';

/** A rule id in a `parley-disable` directive that names no rule: it disables nothing. */
export const directiveUnknownRule = defineRule({
  id: 'directive/unknown-rule',
  severity: 'info',
  summary: 'A rule id in an inline directive that names no rule, so the directive disables nothing.',
  messages: {
    unknown: '“{id}” is not a rule, so this directive disables nothing[. Did you mean “{suggestion}”?]',
  },
  check({ directives }) {
    return directives.unknown.map((u): Finding<'unknown'> => {
      const suggestion = nearest(u.id, ruleIdList);
      const finding: Finding<'unknown'> = {
        start: u.start,
        end: u.end,
        messageId: 'unknown',
        data: { id: u.id, suggestion: suggestion ?? '' },
        evidence: [],
      };
      if (suggestion)
        finding.fixes = [
          { title: `Change to ${suggestion}`, edits: [{ start: u.start, end: u.end, newText: suggestion }] },
        ];
      return finding;
    });
  },
});
