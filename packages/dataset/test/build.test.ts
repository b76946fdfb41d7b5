import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, packageDir, validate } from '../scripts/build.js';
import { jsonSchema, typesSource } from '../scripts/emit.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-dataset-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('build', () => {
  it('passes every check on the authored data', () => {
    const dataset = validate();
    // One source record per file in data/source, however many sources there are.
    const files = readdirSync(join(packageDir, 'data', 'source')).filter((f) => f.endsWith('.yaml'));
    expect((dataset.sources as { id: string }[]).map((s) => `${s.id}.yaml`)).toEqual(files.sort());
  });

  it('is deterministic: two builds are byte-identical', async () => {
    await build(join(tmp, 'a'));
    await build(join(tmp, 'b'));
    const files = readdirSync(join(tmp, 'a')).sort();
    expect(files).toEqual(['data.d.ts', 'data.js', 'dataset.json', 'dataset.schema.json']);
    for (const f of files) {
      expect(readFileSync(join(tmp, 'b', f)).equals(readFileSync(join(tmp, 'a', f))), f).toBe(true);
    }
  });

  it('matches what dist/ holds', () => {
    for (const f of ['dataset.json', 'dataset.schema.json', 'data.js']) {
      expect(readFileSync(join(packageDir, 'dist', f), 'utf8'), f).toBe(
        readFileSync(join(tmp, 'a', f), 'utf8'),
      );
    }
  });

  it('has committed TypeScript types generated from the current schema', async () => {
    const committed = readFileSync(join(packageDir, 'src', 'generated', 'types.ts'), 'utf8');
    expect(committed).toBe(await typesSource(jsonSchema()));
  });

  it('stamps the package version into dataset.json', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const doc = JSON.parse(readFileSync(join(tmp, 'a', 'dataset.json'), 'utf8'));
    expect(doc.version).toBe(pkg.version);
  });
});
