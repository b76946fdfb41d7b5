import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build, packageDir } from '../../scripts/build.js';
import { seedsDir, textHash } from '../../scripts/provenance.js';

// A sixth source, end to end through the commands a contributor types: an invented article (never a copy of
// the real sources) in test/fixtures, scaffolded into a copy of the package, then built.
const fixture = join(packageDir, 'test', 'fixtures', 'sixth-source', '900_invented-ankara-briefing.txt');
const tsx = join(createRequire(import.meta.url).resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');
const root = mkdtempSync(join(tmpdir(), 'parley-sixth-'));
const pkg = join(root, 'dataset');
const newSeeds = join(root, 'seeds');
const env = { ...process.env, PARLEY_SEEDS: [newSeeds, seedsDir(packageDir)].join(delimiter) };

/** Runs `pnpm new …` (scripts/new.ts) on the copy; returns its output and exit status. */
const scaffold = (...args: string[]): { out: string; status: number } => {
  try {
    const out = execFileSync(
      process.execPath,
      [tsx, join(packageDir, 'scripts', 'new.ts'), ...args, '--package', pkg],
      {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { out, status: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { out: `${err.stdout}${err.stderr}`, status: err.status };
  }
};
const yamlOf = (file: string) => parse(readFileSync(join(pkg, file), 'utf8'));

beforeAll(() => {
  mkdirSync(newSeeds);
  cpSync(join(packageDir, 'data'), join(pkg, 'data'), { recursive: true });
  cpSync(join(packageDir, 'package.json'), join(pkg, 'package.json'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a sixth source through the scaffolding', () => {
  it('new source: reads headline, date and byline, stores the text and its sha256', () => {
    const { out, status } = scaffold('source', fixture, '--id', 'mediators-next-steps');
    expect(out).toBe('wrote data/source/mediators-next-steps.yaml\nit passes every check\n');
    expect(status).toBe(0);
    expect(existsSync(join(newSeeds, '900_invented-ankara-briefing.txt'))).toBe(true);
    const source = yamlOf('data/source/mediators-next-steps.yaml');
    expect(source).toMatchObject({
      title: 'Mediators list next steps for prisoner exchange after technical meetings',
      byline: ['Maria Exemplar', 'Jonas Placeholder'],
      publishedAt: { date: '2025-06-04', basis: 'printed' },
      language: 'en',
      seedFile: '900_invented-ankara-briefing.txt',
      sha256: textHash(readFileSync(fixture)),
    });
    const text = readFileSync(fixture, 'utf8');
    expect(source.evidence[1]).toEqual({
      source: 'mediators-next-steps',
      excerpt: '04 June 2025 - 09:30 By Maria Exemplar and Jonas Placeholder',
      offset: text.indexOf('04 June 2025'),
    });
  });

  it('new person, quantity, figure and quote: ids, offsets and values from the excerpts, each checked', () => {
    const person = scaffold(
      'person',
      '--source',
      'mediators-next-steps',
      '--excerpt',
      'said Selin Ornek, a mediator who chaired the meetings',
      '--name',
      'Selin Ornek',
      '--description',
      'Mediator who chaired the technical meetings on the prisoner exchange.',
    );
    expect(person.out).toBe('wrote data/person/selin-ornek.yaml\nit passes every check\n');
    expect(yamlOf('data/person/selin-ornek.yaml').names).toEqual([
      { text: 'Selin Ornek', status: 'preferred', kind: 'name' },
      { text: 'Ornek', status: 'accepted', kind: 'short' },
    ]);

    const excerpt = 'Ornek said about 1,200 names had been checked by both sides so far';
    expect(
      scaffold(
        'quantity',
        '--id',
        'names-checked-for-prisoner-exchange',
        '--source',
        'mediators-next-steps',
        '--excerpt',
        excerpt,
        '--description',
        'Names of prisoners checked by both sides for the exchange agreed in Istanbul.',
        '--set',
        'units=[name]',
        '--set',
        'terms={nouns: [names], context: [checked]}',
      ).out,
    ).toBe('wrote data/quantity/names-checked-for-prisoner-exchange.yaml\nit passes every check\n');

    const figure = scaffold(
      'figure',
      '--source',
      'mediators-next-steps',
      '--excerpt',
      excerpt,
      '--quantity',
      'names-checked-for-prisoner-exchange',
      '--text',
      'about 1,200 names',
      '--attributed-to',
      'selin-ornek',
      '--set',
      'attribution=Ornek said',
    );
    expect(figure.out).toBe(
      'wrote data/figure/names-checked-for-prisoner-exchange-mediators-next-steps.yaml\nit passes every check\n',
    );
    expect(yamlOf('data/figure/names-checked-for-prisoner-exchange-mediators-next-steps.yaml')).toMatchObject(
      {
        unit: 'name',
        value: { exactness: 'approximate', amount: 1200 },
        evidence: [{ offset: readFileSync(fixture, 'utf8').indexOf(excerpt) }],
      },
    );

    const quote = scaffold(
      'quote',
      '--source',
      'mediators-next-steps',
      '--excerpt',
      '"We have a list, and we have a calendar," said Selin Ornek',
      '--speaker',
      'selin-ornek',
    );
    expect(quote.out).toBe('wrote data/quote/selin-ornek-we-have-list-we.yaml\nit passes every check\n');
    expect(yamlOf('data/quote/selin-ornek-we-have-list-we.yaml')).toMatchObject({
      text: 'We have a list, and we have a calendar',
      language: 'en',
    });
  });

  it('refuses an excerpt its source does not contain, and leaves no file behind', () => {
    const { out, status } = scaffold(
      'person',
      '--source',
      'mediators-next-steps',
      '--excerpt',
      'said Selin Ornek, the chief mediator',
      '--name',
      'Selin Ornek Two',
    );
    expect(status).toBe(1);
    expect(out).toBe(
      'not written: person/selin-ornek-two.yaml: evidence[0]: excerpt not found in the source\n',
    );
    expect(existsSync(join(pkg, 'data/person/selin-ornek-two.yaml'))).toBe(false);
  });

  it('names what an author must still fill in, by file, line and field', () => {
    const { out, status } = scaffold(
      'organisation',
      '--source',
      'mediators-next-steps',
      '--excerpt',
      'Neither delegation commented on the meetings.',
      '--name',
      'Mediation team',
      '--description',
      'The mediators of the technical meetings.',
    );
    expect(status).toBe(1);
    expect(out).toMatch(
      /^wrote data\/organisation\/mediation-team\.yaml\nstill to do \(edit the file or pass --set field=value\):\n {2}data\/organisation\/mediation-team\.yaml: type: /,
    );
    rmSync(join(pkg, 'data/organisation/mediation-team.yaml'));
  });

  it('builds with the sixth source', async () => {
    process.env.PARLEY_SEEDS = env.PARLEY_SEEDS;
    try {
      await build(join(root, 'dist'), pkg);
    } finally {
      delete process.env.PARLEY_SEEDS;
    }
    const dataset = JSON.parse(readFileSync(join(root, 'dist', 'dataset.json'), 'utf8'));
    const real = JSON.parse(readFileSync(join(packageDir, 'dist', 'dataset.json'), 'utf8'));
    expect(dataset.sources.length).toBe(real.sources.length + 1);
    expect(dataset.sources.map((s: { id: string }) => s.id)).toContain('mediators-next-steps');
    expect(dataset.quotes.find((q: { id: string }) => q.id === 'selin-ornek-we-have-list-we').speaker).toBe(
      'selin-ornek',
    );
  });
});
