import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint, ruleIds } from '../src/index.js';
import { model } from './lint.js';

// Every example on every rule's page runs: a `markdown flagged` block must give the message shown after it
// (→ `…`), and no other finding of the rule; a `markdown accepted` block none of the rule. So the pages
// cannot drift from what the engine says.
const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');
const EXAMPLE = /```markdown (flagged|accepted)\n([\s\S]*?)\n```(?:\n→ `([^`]*)`)?/g;

describe('rule pages (docs/rules)', () => {
  for (const rule of ruleIds) {
    const page = readFileSync(join(docs, `${rule}.md`), 'utf8');
    const examples = [...page.matchAll(EXAMPLE)];
    describe(rule, () => {
      it('has a flagged and an accepted example, and names its message ids', () => {
        expect(examples.some((m) => m[1] === 'flagged')).toBe(true);
        expect(examples.some((m) => m[1] === 'accepted')).toBe(true);
        expect(page).toMatch(/\*\*Message ids:\*\*/);
      });
      for (const [, kind, text, message] of examples) {
        it(`${kind}: ${text!.split('\n').join(' ').slice(0, 80)}`, () => {
          const found = lint(text!, model).filter((d) => d.rule === rule);
          if (kind === 'accepted') expect(found).toEqual([]);
          else {
            expect(message, 'a flagged example shows its message').toBeDefined();
            expect(found.map((d) => d.message)).toEqual([message]);
          }
        });
      }
    });
  }
});
