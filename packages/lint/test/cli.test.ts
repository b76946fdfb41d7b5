import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { ruleIds } from '../src/index.js';
import { draftsDir } from './shared.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (args: string[], cwd = tmp) => {
  let out = '';
  let err = '';
  const code = main(
    args,
    (s) => (out += s),
    (s) => (err += s),
    cwd,
  );
  return { code, out, err };
};

describe('parley lint', () => {
  const draft = join(tmp, 'draft.md');
  writeFileSync(draft, '# Draft\n\nTalks resumed in Kiev [@nyt-little-progres].\n');

  it('prints file:line:col severity rule message, exits 1 on an error', () => {
    const r = cli(['lint', 'draft.md']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^draft\.md:3:18 warning name\/spelling “Kiev” is a deprecated spelling/m);
    expect(r.out).toMatch(/^draft\.md:3:24 error citation\/unknown-key /m);
  });

  it('prints a JSON array with 1-based positions', () => {
    const r = cli(['lint', '--format', 'json', 'draft.md']);
    const json = JSON.parse(r.out);
    expect(json).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'draft.md',
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 22,
          severity: 'warning',
          rule: 'name/spelling',
        }),
      ]),
    );
    expect(json[0].fixes[0].edits[0].newText).toBe('Kyiv');
  });

  it('prints SARIF 2.1.0', () => {
    const sarif = JSON.parse(cli(['lint', '--format=sarif', 'draft.md']).out);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    expect(results.map((x: { ruleId: string }) => x.ruleId)).toEqual([
      'name/spelling',
      'citation/unknown-key',
    ]);
    expect(results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 18,
      endLine: 3,
      endColumn: 22,
    });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...ruleIds]);
  });

  it('expands globs and exits 0 with nothing to report', () => {
    writeFileSync(join(tmp, 'clean.md'), 'The talks were held in Istanbul.\n');
    const r = cli(['lint', '*.md', '--format', 'json']);
    expect(JSON.parse(r.out).map((d: { file: string }) => d.file)).toContain('draft.md');
    expect(cli(['lint', 'clean.md']).code).toBe(0);
  });

  it('lints the example drafts by absolute path', () => {
    const r = cli(['lint', '--format', 'json', join(draftsDir, 'p03-citations.md')]);
    expect(JSON.parse(r.out).some((d: { rule: string }) => d.rule === 'citation/unknown-key')).toBe(true);
  });

  it('says what it skipped: a binary file, a folder with no drafts; exits 2 when nothing was checked', () => {
    writeFileSync(join(tmp, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
    writeFileSync(join(tmp, 'latin1.txt'), Buffer.from([0x4b, 0x69, 0x65, 0x76, 0xe9, 0x0a]));
    mkdirSync(join(tmp, 'images'), { recursive: true });
    writeFileSync(join(tmp, 'images', 'a.png'), 'not a draft');
    const only = cli(['lint', 'photo.md', 'images', 'latin1.txt']);
    expect(only.code).toBe(2);
    expect(only.err).toMatch(/skipped images: no \.md, \.markdown or \.txt files in it/);
    expect(only.err).toMatch(/skipped photo\.md: a binary file/);
    expect(only.err).toMatch(/skipped latin1\.txt: not UTF-8 text/);
    expect(only.err).toMatch(/nothing was checked/);
    const mixed = cli(['lint', 'photo.md', 'draft.md']);
    expect(mixed.code).toBe(1);
    expect(mixed.err).toMatch(/skipped photo\.md/);
    expect(mixed.out).toMatch(/draft\.md:3:18/);
  });

  it('prints message ids and data in JSON', () => {
    const [first] = JSON.parse(cli(['lint', '--format', 'json', 'draft.md']).out);
    expect(first).toMatchObject({
      rule: 'name/spelling',
      messageId: 'deprecated',
      data: { used: 'Kiev', to: 'Kyiv' },
    });
  });

  it('exits 2 on usage errors', () => {
    expect(cli(['lint']).code).toBe(2);
    expect(cli(['lint', '--format', 'xml', 'draft.md']).code).toBe(2);
    expect(cli(['lint', 'missing.md']).err).toMatch(/no such file: missing\.md/);
    expect(cli(['frobnicate']).code).toBe(2);
  });

  it('finds parley.config.json by walking up, and names a bad field', () => {
    const dir = join(tmp, 'project', 'drafts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.md'), 'Talks resumed in Kiev.\n');
    writeFileSync(
      join(tmp, 'project', 'parley.config.json'),
      JSON.stringify({ rules: { 'name/spelling': 'off' } }),
    );
    expect(cli(['lint', 'project/drafts/a.md']).out).toBe('');
    writeFileSync(
      join(tmp, 'project', 'parley.config.json'),
      JSON.stringify({ rules: { 'name/speling': 'off' } }),
    );
    const bad = cli(['lint', 'project/drafts/a.md']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/parley\.config\.json: rules\.name\/speling: is not a rule/);
    writeFileSync(join(tmp, 'project', 'parley.config.json'), '{ "rules": ');
    expect(cli(['lint', 'project/drafts/a.md']).err).toMatch(
      /parley\.config\.json: \(syntax\): invalid JSON/,
    );
  });
});

describe('parley explain', () => {
  it('prints the rule’s page', () => {
    const r = cli(['explain', 'figure/mismatch']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# figure\/mismatch/);
    expect(r.out).toMatch(/What it accepts/);
  });
  it('rejects an unknown rule', () => {
    expect(cli(['explain', 'nope']).code).toBe(2);
  });
});

describe('the parley binary', () => {
  it('stops quietly, exit 0 or 1 as linted, when its reader closes the pipe early (`parley lint … | head`)', async () => {
    const { spawn } = await import('node:child_process');
    const bin = new URL('../dist/cli/main.js', import.meta.url).pathname;
    const child = spawn(process.execPath, [bin, 'lint', '--format', 'json', `${draftsDir}/*.md`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c) => {
      err += c;
    });
    // The reader is gone before the CLI writes a byte.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect([code === 0 || code === 1, err]).toEqual([true, '']);
  });
});
