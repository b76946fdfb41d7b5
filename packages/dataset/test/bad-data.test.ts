import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageDir, validate } from '../scripts/build.js';
import { DataError } from '../scripts/problem.js';
import { seedsDir } from '../scripts/provenance.js';

// Each case breaks one record in a copy of the data and expects the build to name the file, field and problem.
let dir: string;
const seeds = seedsDir(packageDir);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-bad-data-'));
  cpSync(join(packageDir, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(packageDir, 'package.json'), join(dir, 'package.json'));
  process.env.PARLEY_SEEDS = seeds;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.PARLEY_SEEDS;
});

const edit = (file: string, change: (text: string) => string) => {
  const path = join(dir, 'data', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

const problemsOf = (): string => {
  try {
    validate(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected the data to be rejected');
};

describe('bad data fails with file, field and problem', () => {
  it('a reference to an id that does not exist', () => {
    edit('role/rustem-umerov-defence-minister.yaml', (t) =>
      t.replace('person: rustem-umerov', 'person: rustem-umerovv'),
    );
    expect(problemsOf()).toMatch(
      /data\/role\/rustem-umerov-defence-minister\.yaml:\d+: person: "rustem-umerovv" is not the id of any record/,
    );
  });

  it('a reference to a record of the wrong kind', () => {
    edit('role/rustem-umerov-defence-minister.yaml', (t) =>
      t.replace('person: rustem-umerov', 'person: ukraine'),
    );
    expect(problemsOf()).toMatch(/person: "ukraine" is a place; expected person/);
  });

  it('a missing required field', () => {
    edit('person/rustem-umerov.yaml', (t) => t.replace(/^description:.*\n/m, ''));
    expect(problemsOf()).toMatch(/data\/person\/rustem-umerov\.yaml: description: /);
  });

  it('an excerpt that is not in its source', () => {
    edit('source/reuters-far-apart.yaml', (t) => t.replaceAll('to talk about peace', 'to talk about war'));
    expect(problemsOf()).toMatch(
      /data\/source\/reuters-far-apart\.yaml:\d+: evidence\[0\]\.excerpt: not found verbatim in reuters-far-apart/,
    );
  });

  it('an offset that does not match', () => {
    edit('source/nyt-little-progress.yaml', (t) => t.replace(/offset: \d+/, 'offset: 3'));
    expect(problemsOf()).toMatch(
      /evidence\[0\]\.offset: is 3 but the excerpt begins at \d+ in nyt-little-progress/,
    );
  });

  it('an invalid date', () => {
    edit('event/istanbul-talks-second-round.yaml', (t) =>
      t.replace(/start: ['"]?2025-06-02['"]?/, 'start: 2025-02-30'),
    );
    expect(problemsOf()).toMatch(
      /istanbul-talks-second-round\.yaml:\d+: date\.start: is not a real calendar date/,
    );
  });

  it('a duplicate spelling not declared ambiguous', () => {
    edit('place/kyiv.yaml', (t) =>
      t.replace(/^names:\n/m, 'names:\n  - text: Kupiansk\n    status: accepted\n    kind: name\n'),
    );
    expect(problemsOf()).toMatch(/"kupiansk" also names/);
  });

  it('a spelling that does not say what kind of name it is', () => {
    edit('organisation/sbu.yaml', (t) =>
      t.replace(/(text: "SBU"\n\s+status: accepted\n)\s+kind: abbreviation\n/, '$1'),
    );
    expect(problemsOf()).toMatch(/data\/organisation\/sbu\.yaml:\d+: names\[1\]\.kind: /);
  });

  it('a quantity whose actor is no party', () => {
    edit('quantity/drones-launched-overnight-2025-06-01.yaml', (t) =>
      t.replace('actor: [kremlin]', 'actor: [record-drone-barrage]'),
    );
    expect(problemsOf()).toMatch(
      /drones-launched-overnight-2025-06-01\.yaml:\d+: actor\[0\]: "record-drone-barrage" is a event; expected person or organisation or place/,
    );
  });

  it('an action outside the vocabulary', () => {
    edit('quantity/drones-launched-overnight-2025-06-01.yaml', (t) =>
      t.replace('actions: [launched]', 'actions: [lobbed]'),
    );
    expect(problemsOf()).toMatch(/drones-launched-overnight-2025-06-01\.yaml:\d+: actions\[0\]: /);
  });

  it('malformed YAML, with its line', () => {
    edit('person/rustem-umerov.yaml', (t) => `${t}\n  bad: [unclosed\n`);
    expect(problemsOf()).toMatch(/data\/person\/rustem-umerov\.yaml:\d+: YAML: /);
  });

  it('an id field that disagrees with the file name', () => {
    edit('person/rustem-umerov.yaml', (t) => `id: someone-else\n${t}`);
    expect(problemsOf()).toMatch(/id: is "someone-else" but the file name says "rustem-umerov"/);
  });

  it('missing source articles', () => {
    process.env.PARLEY_SEEDS = join(dir, 'nowhere');
    expect(problemsOf()).toMatch(/the source articles are missing/);
  });

  it('a source text other than the one its record was checked against', () => {
    const altered = join(dir, 'seeds');
    cpSync(seeds, altered, { recursive: true });
    const file = join(altered, '000_098c429029f29dd8.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('far apart', 'close'));
    process.env.PARLEY_SEEDS = altered;
    expect(problemsOf()).toMatch(
      /data\/source\/reuters-far-apart\.yaml:10: sha256: \S+000_098c429029f29dd8\.txt is not the text this source was checked against: its sha256 is [0-9a-f]{64}, the record says d632a7e6[0-9a-f]+\. Check every excerpt citing reuters-far-apart/,
    );
  });

  it('a source text missing from the seeds directory', () => {
    const partial = join(dir, 'seeds');
    cpSync(seeds, partial, { recursive: true });
    rmSync(join(partial, '001_1db9e18cbf3922a8.txt'));
    process.env.PARLEY_SEEDS = partial;
    expect(problemsOf()).toMatch(
      /data\/source\/nyt-little-progress\.yaml:10: seedFile: 001_1db9e18cbf3922a8\.txt is in none of \S+: the text this source was checked against \(sha256 9116eab6176d…\) is missing/,
    );
  });
});
