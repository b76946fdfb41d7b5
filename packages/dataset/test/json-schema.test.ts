import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { packageDir } from '../scripts/build.js';

// The published dataset.schema.json is what consumers in other languages validate with, so it must refuse
// what the zod schema refuses wherever JSON Schema can say it: real calendar dates, which numbers each
// exactness carries, one preferred spelling, a note on a deprecated one, a redirect that is moved or split.

const read = (f: string) => JSON.parse(readFileSync(join(packageDir, 'dist', f), 'utf8'));
const schema = read('dataset.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDocument = ajv.compile(schema);

type Doc = Record<string, Record<string, unknown>[]>;
const dataset = (): Doc => structuredClone(read('dataset.json'));

/** The dataset with one change made, and the messages ajv gives for it. */
function errorsAfter(change: (d: Doc) => void): string[] {
  const d = dataset();
  change(d);
  return validateDocument(d)
    ? []
    : (validateDocument.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const find = (d: Doc, kind: string, pred: (r: Record<string, unknown>) => boolean) => {
  const r = d[kind]!.find(pred);
  if (!r) throw new Error(`no ${kind} record for this test`);
  return r;
};
const figureWith = (d: Doc, exactness: string) =>
  find(d, 'figures', (f) => (f.value as { exactness: string }).exactness === exactness);

describe('dataset.schema.json', () => {
  it('accepts the published data', () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it.each([
    ['2025-02-30', 'no 30 February'],
    ['2025-13', 'no thirteenth month'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-02-29', '2025 is not a leap year'],
  ])('refuses the date %s (%s)', (date) => {
    const errors = errorsAfter((d) => {
      find(d, 'roles', (r) => typeof r.attested === 'string').attested = date;
    });
    expect(errors.join('\n')).toMatch(/\/roles\/\d+\/attested must match pattern/);
  });

  it('accepts 29 February in a leap year, and years and months alone', () => {
    for (const date of ['2024-02-29', '2000-02-29', '2025', '2025-06']) {
      expect(
        errorsAfter((d) => {
          find(d, 'roles', (r) => typeof r.attested === 'string').attested = date;
        }),
        date,
      ).toEqual([]);
    }
  });

  it('refuses an exact figure without an amount', () => {
    const errors = errorsAfter((d) => {
      figureWith(d, 'exact').value = { exactness: 'exact', min: 1, max: 2 };
    });
    expect(errors.join('\n')).toMatch(/\/figures\/\d+\/value must have required property 'amount'/);
  });

  it('refuses a range with an amount, and a vague figure with numbers', () => {
    expect(
      errorsAfter((d) => {
        figureWith(d, 'exact').value = { exactness: 'range', amount: 3 };
      }).join('\n'),
    ).toMatch(/\/figures\/\d+\/value must have required property 'min'/);
    expect(
      errorsAfter((d) => {
        figureWith(d, 'exact').value = { exactness: 'vague', min: 3 };
      }).join('\n'),
    ).toMatch(/\/figures\/\d+\/value must NOT be valid/);
  });

  it('refuses two preferred spellings and none', () => {
    const twice = errorsAfter((d) => {
      const p = find(d, 'people', (r) => (r.names as unknown[]).length > 1);
      for (const n of p.names as { status: string }[]) n.status = 'preferred';
    });
    expect(twice.join('\n')).toMatch(
      /\/people\/\d+\/names must contain at least 1 and no more than 1 valid item/,
    );
    const none = errorsAfter((d) => {
      const p = find(d, 'people', (r) => (r.names as unknown[]).length > 1);
      for (const n of p.names as { status: string }[]) n.status = 'accepted';
    });
    expect(none.join('\n')).toMatch(
      /\/people\/\d+\/names must contain at least 1 and no more than 1 valid item/,
    );
  });

  it('refuses a deprecated spelling without a note', () => {
    const errors = errorsAfter((d) => {
      const p = find(d, 'places', (r) =>
        (r.names as { status: string }[]).some((n) => n.status === 'deprecated'),
      );
      for (const n of p.names as { status: string; note?: string }[])
        if (n.status === 'deprecated') delete n.note;
    });
    expect(errors.join('\n')).toMatch(/\/places\/\d+\/names\/\d+ must have required property 'note'/);
  });

  it('refuses a redirect that is both moved and split, or neither', () => {
    const both = errorsAfter((d) => {
      d.redirects![0]!.split = ['a-record', 'another-record'];
    });
    expect(both.join('\n')).toMatch(/\/redirects\/0 must NOT be valid/);
    const neither = errorsAfter((d) => {
      delete d.redirects![0]!.moved;
    });
    expect(neither.join('\n')).toMatch(/\/redirects\/0 must have required property 'split'/);
  });
});
