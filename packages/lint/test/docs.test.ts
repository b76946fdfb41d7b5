import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { lint, ruleIds } from '../src/index.js';
import { model } from './lint.js';
import { sharedDir } from './shared.js';

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

// The README's CLI example, run from ../shared as it is written (`parley lint drafts/… drafts/…`): every line
// of output it shows is a line the CLI prints.
describe('README example', () => {
  const readme = readFileSync(join(docs, '..', '..', 'README.md'), 'utf8');
  const block = /```sh\n\$ parley lint ([^\n]+)\n([\s\S]*?)\n\$/.exec(readme);
  it('shows a `parley lint` run and the lines it prints', () => {
    expect(block).not.toBeNull();
    const [, args, shown] = block!;
    let printed = '';
    main(
      ['lint', ...args!.split(' ')],
      (s) => {
        printed += s;
      },
      () => {},
      sharedDir,
    );
    const lines = printed.split('\n');
    for (const line of shown!.split('\n')) expect(lines).toContain(line);
  });
});
