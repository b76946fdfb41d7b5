import { nearest } from '../citation/nearest.js';
import type { Rule } from './types.js';

/** `[@key]` that is no source in the dataset; suggests the nearest key. */
export const citationUnknownKey: Rule = {
  id: 'citation/unknown-key',
  severity: 'error',
  summary: 'A citation key that is no source in the dataset.',
  check({ model, analysis }) {
    const known = new Set(model.sourceKeys);
    const unknown = [];
    for (const c of analysis.citations) for (const k of c.keys) if (!known.has(k.key)) unknown.push(k);
    return unknown.map((k) => {
      const suggestion = nearest(k.key, model.sourceKeys);
      const source = suggestion ? model.index.source(suggestion) : undefined;
      return {
        start: k.start,
        end: k.end,
        message: suggestion
          ? `Unknown source key “@${k.key}”. Did you mean “@${suggestion}” (${source?.title})?`
          : `Unknown source key “@${k.key}”. Known keys: ${model.sourceKeys.join(', ')}.`,
        evidence: [],
        ...(suggestion
          ? {
              fixes: [
                {
                  title: `Change to @${suggestion}`,
                  edits: [{ start: k.start + 1, end: k.end, newText: suggestion }],
                },
              ],
            }
          : {}),
      };
    });
  },
};
