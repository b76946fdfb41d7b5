import { describe, expect, it } from 'vitest';
import { contradicts, dataset, foldName, index, people, places, quotes, sources } from '../dist/index.js';

// What the issue requires the dataset to hold, checked against the built package.
describe('sources', () => {
  it('keep their public citation keys (a key, once published, never changes)', () => {
    expect(Object.fromEntries(sources.map((s) => [s.seedFile, s.id]))).toMatchObject({
      '000_098c429029f29dd8.txt': 'reuters-far-apart',
      '001_1db9e18cbf3922a8.txt': 'nyt-little-progress',
      '002_a444515105f6a3ba.txt': 'second-round-begins',
      '003_f4a7255485200af2.txt': 'prepare-new-talks',
      '004_f2bdcfeff8368127.txt': 'delegations-meet-again',
    });
  });

  it('record a reprinted story’s outlet and publisher both', () => {
    const nyt = index.source('nyt-little-progress')!;
    expect(nyt.outlet).toBe('The San Juan Daily Star');
    expect(nyt.publisher).toBe('The New York Times');
    expect(nyt.byline).toEqual(['Constant Méheut', 'Ivan Nechepurenko', 'Nataliya Vasilyeva']);
  });
});

describe('size', () => {
  it('holds every kind of fact in roughly the amounts the articles state', () => {
    const counts = Object.fromEntries(
      Object.entries(dataset)
        .filter(([, v]) => Array.isArray(v))
        .map(([k, v]) => [k, (v as unknown[]).length]),
    );
    expect(counts.people).toBeGreaterThanOrEqual(20);
    expect(counts.organisations).toBeGreaterThanOrEqual(20);
    expect(counts.places).toBeGreaterThanOrEqual(20);
    expect(counts.events).toBeGreaterThanOrEqual(15);
    expect(counts.figures).toBeGreaterThanOrEqual(35);
    expect(counts.quotes).toBeGreaterThanOrEqual(15);
    expect(counts.positions).toBeGreaterThanOrEqual(25);
    expect(counts.roles).toBeGreaterThanOrEqual(15);
  });

  it('names the people the issue lists', () => {
    const surnames = [
      'Medinsky',
      'Umerov',
      'Kyslytsia',
      'Kellogg',
      'Nebenzya',
      'Fidan',
      'Merz',
      'Tykhyi',
      'Lavrov',
      'Rubio',
    ];
    for (const s of surnames)
      expect(
        index.byName(s).some((n) => n.kind === 'person'),
        s,
      ).toBe(true);
    expect(people.length).toBeGreaterThan(surnames.length);
  });
});

describe('spellings', () => {
  const status = (text: string) => index.byName(text).map((n) => ({ id: n.id, status: n.spelling.status }));
  it('resolve every recorded transliteration, case- and diacritic-insensitively', () => {
    for (const s of ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'ZELENSKYY'])
      expect(status(s)[0]?.id, s).toBe('volodymyr-zelensky');
    expect(status('Çırağan Palace')[0]?.id).toBe('ciragan-palace');
    expect(status('ciragan palace')[0]?.id).toBe('ciragan-palace');
    expect(status('Bosporus')[0]?.id).toBe('bosphorus');
  });

  it('mark Kiev, Kupyansk and the French transliterations deprecated', () => {
    expect(status('Kiev')).toEqual([{ id: 'kyiv', status: 'deprecated' }]);
    expect(status('Kupyansk')).toEqual([{ id: 'kupiansk', status: 'deprecated' }]);
    for (const s of ['Oumerov', 'Soumy', 'Koursk']) expect(status(s)[0]?.status, s).toBe('deprecated');
    expect(status('Kyiv')[0]?.status).toBe('preferred');
  });

  it('give office titles their spellings', () => {
    const titles = index.rolesOf('rustem-umerov').flatMap((r) => r.title.map((t) => foldName(t.text)));
    expect(titles).toEqual(
      expect.arrayContaining(['defence minister', 'defense minister', 'minister of defense']),
    );
  });

  it('have exactly one preferred spelling per named record', () => {
    for (const p of [...people, ...places])
      expect(p.names.filter((n) => n.status === 'preferred')).toHaveLength(1);
  });
});

describe('figures', () => {
  const reports = (text: string) => {
    const fig = dataset.figures.find((f) => f.text.includes(text));
    expect(fig, text).toBeDefined();
    return index.reportsOf(fig!.quantity);
  };
  const sourcesOf = (figs: { evidence: { source: string }[] }[]) =>
    figs.flatMap((f) => f.evidence.map((e) => e.source));

  it('keep 472 drones (air force) and 500 drones and decoys side by side', () => {
    const r = reports('472');
    expect(r.map((f) => f.text)).toEqual(expect.arrayContaining(['472 drones', '500 drones and decoys']));
    const air = r.find((f) => f.text === '472 drones')!;
    expect(air.attributedTo).toContain('ukrainian-air-force');
    expect(sourcesOf([air])).toContain('reuters-far-apart');
    expect(sourcesOf(r.filter((f) => f.text.startsWith('500')))).toContain('nyt-little-progress');
  });

  it('keep the territory as km², a little under one fifth and approximately 20%', () => {
    const texts = reports('113,100')
      .map((f) => f.text)
      .join(' | ');
    expect(texts).toMatch(/113,100/);
    expect(texts).toMatch(/a little under one fifth/);
    expect(texts).toMatch(/approximately 20%/);
  });

  it('keep four regions and five regions', () => {
    const texts = reports('four Ukrainian regions')
      .map((f) => f.text)
      .join(' | ');
    expect(texts).toMatch(/five regions/);
  });

  it('keep 41 aircraft, dozens of planes and several aircraft (Moscow)', () => {
    const r = reports('41 aircraft');
    const texts = r.map((f) => f.text).join(' | ');
    expect(texts).toMatch(/dozens of planes/);
    expect(texts).toMatch(/several aircraft/);
    // The article gives the 41 only as "reportedly": nobody's figure, hedged.
    const hit = r.find((f) => f.text.includes('41'))!;
    expect(hit.attributedTo).toEqual([]);
    expect(hit.attribution).toBe('reportedly');
  });

  it('record how a value is qualified', () => {
    const troops = dataset.figures.find((f) => f.text.includes('50,000'))!;
    expect(troops.value).toMatchObject({ exactness: 'more-than', amount: 50000 });
    const talks = dataset.figures.find((f) => f.text.includes('90 minutes'))!;
    expect(talks.value).toMatchObject({ exactness: 'less-than', amount: 90 });
  });
});

describe('quotes and positions', () => {
  it('keep the exact text, speaker, date and setting', () => {
    const q = index.quotesBy('donald-trump').find((x) => x.text.startsWith('If I think'))!;
    expect(q.text).toBe(
      'If I think I’m close to getting a deal, I don’t want to screw it up by taking such actions.',
    );
    expect(q.evidence[0]!.source).toBe('prepare-new-talks');
    const u = index
      .quotesBy('rustem-umerov')
      .map((x) => x.text)
      .join(' ');
    expect(u).toMatch(
      /Diplomacy must be substantive, and the next gathering should yield tangible results\./,
    );
    expect(quotes.every((x) => x.setting)).toBe(true);
  });

  it('say which party demands or proposes what', () => {
    expect(index.positionsOf('ukraine').length).toBeGreaterThanOrEqual(10);
    expect(index.positionsOf('russia').length).toBeGreaterThanOrEqual(8);
  });
});

describe('index', () => {
  it('finds the facts in a source and the records that refer to one', () => {
    const facts = index.factsIn('nyt-little-progress');
    expect(facts.some((f) => f.kind === 'quote')).toBe(true);
    expect(index.referencing('rustem-umerov').some((b) => b.from.kind === 'role')).toBe(true);
    expect(index.get('no-such-id' as string)).toBeUndefined();
  });
});

describe('for consumers', () => {
  it('has a getter per kind and one list of kinds', async () => {
    const { recordKinds } = await import('../dist/index.js');
    expect(recordKinds).toContain('biography');
    expect(index.organisation('sbu')?.id).toBe('sbu');
    expect(index.role('rustem-umerov-defence-minister')?.person).toBe('rustem-umerov');
    expect(index.quote('serhii-kyslytsia-couldnt-react')?.speaker).toBe('serhii-kyslytsia');
    expect(index.biographyOf('vladimir-medinsky').map((b) => b.id)).toEqual([
      'vladimir-medinsky-wrote-textbooks',
    ]);
    expect(index.person('kyiv' as string)).toBeUndefined();
  });

  it('freezes what it exports', () => {
    expect(Object.isFrozen(people)).toBe(true);
    expect(Object.isFrozen(people[0]!.names[0])).toBe(true);
    expect(() => {
      (people as { id: string }[]).push({ id: 'x' });
    }).toThrow(TypeError);
  });

  it('marks as disputed only quantities whose reports disagree', () => {
    expect(index.disputed('drones-launched-overnight-2025-06-01')).toBe(true); // 472 and 500
    expect(index.disputed('ukrainian-regions-claimed-by-russia')).toBe(true); // four and five
    expect(index.disputed('second-round-scheduled-start-time')).toBe(false); // 1 p.m. local, noon in Paris
    expect(index.disputed('ukrainian-territory-controlled-by-russia')).toBe(false); // about 20%, a little under a fifth
    expect(index.disputed('aircraft-hit-in-drone-operation-on-air-bases')).toBe(false); // 41, dozens, several
  });

  it('names the two reports that contradict each other, and only those', () => {
    const [a, b] = index.reportsOf('drones-launched-overnight-2025-06-01');
    expect(contradicts(a!, b!)).toBe(true);
    expect(contradicts(a!, a!)).toBe(false);
    const [local, paris] = index.reportsOf('second-round-scheduled-start-time');
    expect(contradicts(local!, paris!)).toBe(false);
  });

  it('redirects a retired id to the record that holds it now', () => {
    expect(index.resolve('weeks-since-direct-dialogue-resumed-nyt-little-progress-2')).toEqual([
      'weeks-since-direct-dialogue-resumed-nyt-little-progress',
    ]);
    expect(index.resolve('kyiv')).toEqual(['kyiv']);
    expect(index.resolve('nowhere' as string)).toEqual([]);
  });
});
