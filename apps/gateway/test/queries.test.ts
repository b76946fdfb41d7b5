import {
  collections,
  dataset,
  events,
  figures,
  foldName,
  index,
  people,
  places,
  positions,
  quantities,
  quotes,
  roles,
  sources,
  version,
} from '@parley/dataset';
import { lint } from '@parley/lint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, TYPE_NAMES } from '../src/data/graph.js';
import { globalId, nodes, ok, startGateway, type TestGateway } from './helpers.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw.close());

type Conn<T> = {
  edges: { node: T; cursor: string }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

describe('the client queries of the issue, exactly as written', () => {
  it('{ dataset { version counts { kind count } } }', async () => {
    const data = ok(
      await gw.gql<{ dataset: { version: string; counts: { kind: string; count: number }[] } }>(
        '{ dataset { version counts { kind count } } }',
      ),
    );
    expect(data.dataset.version).toBe(version);
    expect(data.dataset.counts).toEqual(
      KINDS.map((kind) => ({
        kind: TYPE_NAMES[kind].toUpperCase(),
        count: dataset[collections[kind]].length,
      })),
    );
  });

  it('{ source(key: "nyt-little-progress") { key title outlet publishedAt } }', async () => {
    const s = sources.find((x) => x.id === 'nyt-little-progress')!;
    const data = ok(await gw.gql('{ source(key: "nyt-little-progress") { key title outlet publishedAt } }'));
    expect(data.source).toEqual({
      key: s.id,
      title: s.title,
      outlet: s.outlet,
      publishedAt: s.publishedAt.date,
    });
  });

  it('{ search(query: "Medinsky", first: 5) { edges { node { __typename id } } } }', async () => {
    const data = ok(
      await gw.gql<{ search: { edges: { node: { __typename: string; id: string } }[] } }>(
        '{ search(query: "Medinsky", first: 5) { edges { node { __typename id } } } }',
      ),
    );
    const named = index.byName('Medinsky');
    expect(named.length).toBeGreaterThan(0);
    const first = named[0]!;
    const typeName = TYPE_NAMES[first.kind];
    expect(data.search.edges.length).toBeGreaterThan(0);
    expect(data.search.edges.length).toBeLessThanOrEqual(5);
    // The record "Medinsky" names comes first, with the global id the API gives it everywhere.
    expect(data.search.edges[0]!.node).toEqual({ __typename: typeName, id: globalId(typeName, first.id) });
  });

  it('{ lint(text: "...") { rule severity message range { … } } } gives the engine’s findings with LSP ranges', async () => {
    const text = [
      '# Draft',
      '',
      'Russia launched 427 drones overnight, Ukraine’s air force said [@reuters-far-apart].',
      'Talks resumed in Kiev [@nyt-little-progres].',
    ].join('\n');
    const expected = lint(text, dataset);
    expect(expected.length).toBeGreaterThan(0);
    const data = ok(
      await gw.gql<{ lint: unknown[] }>(
        `{ lint(text: ${JSON.stringify(text)}) { rule severity message range { start { line character } end { line character } } } }`,
      ),
    );
    expect(data.lint).toEqual(
      expected.map((d) => ({
        rule: d.rule,
        severity: d.severity.toUpperCase(),
        message: d.message,
        range: d.range,
      })),
    );
    // 0-based lines: the figure is on the third line of the draft.
    const figure = expected.find((d) => d.rule === 'figure/mismatch');
    if (figure) expect(figure.range.start.line).toBe(2);
  });

  it('the literal query of the issue, lint(text: "..."), is valid and answers', async () => {
    const data = ok(
      await gw.gql<{ lint: unknown[] }>(
        '{ lint(text: "...") { rule severity message range { start { line character } end { line character } } } }',
      ),
    );
    expect(data.lint).toEqual(
      lint('...', dataset).map((d) => ({
        rule: d.rule,
        severity: d.severity.toUpperCase(),
        message: d.message,
        range: d.range,
      })),
    );
  });
});

describe('every record is a node with a global id', () => {
  it('node(id) returns each record of every kind, and its id round-trips', async () => {
    for (const kind of KINDS) {
      const records = dataset[collections[kind]] as { id: string }[];
      for (const r of records.slice(0, 3)) {
        const id = globalId(TYPE_NAMES[kind], r.id);
        const data = ok(
          await gw.gql<{ node: { __typename: string; id: string; key: string } | null }>(
            'query($id: ID!) { node(id: $id) { __typename id ... on Record { key } } }',
            { id },
          ),
        );
        expect(data.node).toEqual({ __typename: TYPE_NAMES[kind], id, key: r.id });
      }
    }
  });

  it('every record of every kind has the id node(id) takes', async () => {
    for (const kind of KINDS) {
      const keys = (dataset[collections[kind]] as { id: string }[]).map((r) => r.id);
      for (let i = 0; i < keys.length; i += 100) {
        const ids = keys.slice(i, i + 100).map((k) => globalId(TYPE_NAMES[kind], k));
        const data = ok(
          await gw.gql<{ nodes: { id: string; key: string }[] }>(
            'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Record { key } } }',
            { ids },
          ),
        );
        expect(data.nodes).toEqual(ids.map((id, j) => ({ id, key: keys[i + j] })));
      }
    }
  });

  it('answers in the order of the selection, ids included', async () => {
    const data = ok(
      await gw.gql<{ person: Record<string, unknown>; dataset: unknown }>(
        '{ person(key: "rustem-umerov") { name id key } dataset { version } }',
      ),
    );
    expect(Object.keys(data)).toEqual(['person', 'dataset']);
    expect(Object.keys(data.person)).toEqual(['name', 'id', 'key']);
  });

  it('nodes(ids) keeps order and answers null for a well-formed id of no record', async () => {
    const ids = [
      globalId('Person', people[0]!.id),
      globalId('Person', 'no-such-person'),
      globalId('Source', sources[0]!.id),
    ];
    const data = ok(
      await gw.gql<{ nodes: ({ id: string } | null)[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids,
      }),
    );
    expect(data.nodes).toEqual([{ id: ids[0] }, null, { id: ids[2] }]);
  });
});

describe('links both ways', () => {
  it('a person’s offices name them as holder, and each office lists among its holder’s offices', async () => {
    const holder = people.find((p) => index.rolesOf(p.id).length > 0)!;
    const data = ok(
      await gw.gql<{ person: { key: string; offices: Conn<{ key: string; holder: { key: string } }> } }>(
        'query($k: String!) { person(key: $k) { key offices(first: 100) { totalCount edges { cursor node { key holder { key } } } } } }',
        { k: holder.id },
      ),
    );
    expect(nodes(data.person.offices).map((o) => o.key)).toEqual(index.rolesOf(holder.id).map((r) => r.id));
    for (const o of nodes(data.person.offices)) expect(o.holder.key).toBe(holder.id);
  });

  it('quotes by speaker, and the speaker of each', async () => {
    const speaker = quotes.find((q) => q.speaker)!.speaker!;
    const data = ok(
      await gw.gql<{ quotes: Conn<{ key: string; speaker: { key: string } }> }>(
        'query($s: String) { quotes(speaker: $s, first: 100) { totalCount edges { node { key speaker { ... on Record { key } } } } } }',
        { s: speaker },
      ),
    );
    expect(data.quotes.totalCount).toBe(quotes.filter((q) => q.speaker === speaker).length);
    for (const q of nodes(data.quotes)) expect(q.speaker.key).toBe(speaker);
  });

  it('quotes by words of their text, insensitive to case and diacritics', async () => {
    const q = quotes.find((x) => x.text.split(/\s+/).length >= 4)!;
    const words = q.text.split(/\s+/).slice(1, 4).join(' ');
    const data = ok(
      await gw.gql<{ quotes: Conn<{ key: string }> }>(
        'query($t: String) { quotes(text: $t, first: 100) { edges { node { key } } } }',
        { t: words.toUpperCase() },
      ),
    );
    expect(nodes(data.quotes).map((n) => n.key)).toContain(q.id);
  });

  it('a quantity with all its reports, and whether they disagree', async () => {
    const disputed = quantities.find((q) => {
      const r = index.reportsOf(q.id).filter((f) => f.value.exactness === 'exact');
      return r.some((a) => r.some((b) => a.unit === b.unit && a.value.amount !== b.value.amount));
    })!;
    const data = ok(
      await gw.gql<{
        quantity: {
          reportsDisagree: boolean;
          reports: Conn<{ key: string; quantity: { key: string }; contradictedBy: { totalCount: number } }>;
        };
      }>(
        'query($k: String!) { quantity(key: $k) { reportsDisagree reports(first: 50) { totalCount edges { node { key quantity { key } contradictedBy(first: 10) { totalCount } } } } } }',
        { k: disputed.id },
      ),
    );
    expect(data.quantity.reportsDisagree).toBe(true);
    expect(nodes(data.quantity.reports).map((f) => f.key)).toEqual(
      index.reportsOf(disputed.id).map((f) => f.id),
    );
    expect(nodes(data.quantity.reports).some((f) => f.contradictedBy.totalCount > 0)).toBe(true);
    for (const f of nodes(data.quantity.reports)) expect(f.quantity.key).toBe(disputed.id);
  });

  it('figures by quantity, by who reports them and by source', async () => {
    const f = figures.find((x) => x.attributedTo.length > 0)!;
    const who = f.attributedTo[0]!;
    const source = f.evidence[0]!.source;
    const data = ok(
      await gw.gql<{ a: Conn<{ key: string }>; b: Conn<{ key: string }>; c: Conn<{ key: string }> }>(
        `query($q: String, $w: String, $s: String) {
        a: figures(quantity: $q, first: 100) { totalCount edges { node { key } } }
        b: figures(reportedBy: $w, first: 100) { totalCount edges { node { key } } }
        c: figures(source: $s, first: 100) { totalCount edges { node { key } } }
      }`,
        { q: f.quantity, w: who, s: source },
      ),
    );
    expect(data.a.totalCount).toBe(index.reportsOf(f.quantity).length);
    expect(data.b.totalCount).toBe(figures.filter((x) => x.attributedTo.includes(who)).length);
    expect(data.c.totalCount).toBe(figures.filter((x) => x.evidence.some((e) => e.source === source)).length);
    for (const conn of [data.a, data.b, data.c]) expect(nodes(conn).map((n) => n.key)).toContain(f.id);
  });

  it('events by date range, by place (with places within it) and by participant', async () => {
    const e = events.find(
      (x) => x.places?.length && x.participants?.length && /^\d{4}-\d{2}-\d{2}$/.test(x.date.start),
    )!;
    const place = e.places!.at(-1)!;
    const participant = e.participants![0]!;
    const data = ok(
      await gw.gql<{ events: Conn<{ key: string; startDate: string }> }>(
        'query($from: IsoDate, $to: IsoDate, $p: String, $who: String) { events(from: $from, to: $to, place: $p, participant: $who, first: 100) { totalCount edges { node { key startDate } } } }',
        { from: e.date.start, to: e.date.start, p: place, who: participant },
      ),
    );
    expect(nodes(data.events).map((n) => n.key)).toContain(e.id);
    for (const n of nodes(data.events)) {
      const ev = events.find((x) => x.id === n.key)!;
      expect(ev.participants).toContain(participant);
      expect(ev.date.start.slice(0, 7) <= e.date.start.slice(0, 7)).toBe(true);
    }
    // Events far outside the range are excluded.
    const none = ok(
      await gw.gql<{ events: Conn<{ key: string }> }>(
        '{ events(from: "1900", to: "1900") { totalCount edges { node { key } } } }',
      ),
    );
    expect(none.events.totalCount).toBe(0);
    // The place's events include those at places within it.
    const within = places.find((p) => p.within && events.some((x) => x.places?.includes(p.id)))!;
    const outer = ok(
      await gw.gql<{ place: { events: Conn<{ key: string }> } }>(
        'query($k: String!) { place(key: $k) { events(first: 100) { edges { node { key } } } } }',
        { k: within.within! },
      ),
    );
    for (const ev of events.filter((x) => x.places?.includes(within.id))) {
      expect(nodes(outer.place.events).map((n) => n.key)).toContain(ev.id);
    }
  });

  it('positions by party, with the party and who stated them', async () => {
    const p = positions.find((x) => x.statedBy?.length)!;
    const data = ok(
      await gw.gql<{
        positions: Conn<{ key: string; party: { key: string }; statedBy: Conn<{ key: string }> }>;
      }>(
        'query($p: String) { positions(party: $p, first: 100) { totalCount edges { node { key party { ... on Record { key } } statedBy(first: 10) { edges { node { ... on Record { key } } } } } } } }',
        { p: p.party },
      ),
    );
    expect(data.positions.totalCount).toBe(index.positionsOf(p.party).length);
    const mine = nodes(data.positions).find((n) => n.key === p.id)!;
    expect(mine.party.key).toBe(p.party);
    expect(nodes(mine.statedBy).map((n) => n.key)).toEqual(p.statedBy);
  });

  it('a source lists the facts it supports, and each fact lists the source', async () => {
    const s = sources[0]!;
    const data = ok(
      await gw.gql<{ source: { facts: Conn<{ key: string; sources: Conn<{ key: string }> }> } }>(
        'query($k: String!) { source(key: $k) { facts(first: 100) { totalCount edges { node { key sources(first: 10) { edges { node { key } } } } } } } }',
        { k: s.id },
      ),
    );
    expect(data.source.facts.totalCount).toBe(index.factsIn(s.id).length);
    for (const f of nodes(data.source.facts)) expect(nodes(f.sources).map((x) => x.key)).toContain(s.id);
  });

  it('offices link to their organisation and country, and back', async () => {
    const o = roles.find((r) => r.organisation)!;
    const data = ok(
      await gw.gql<{ office: { organisation: { key: string; offices: Conn<{ key: string }> } } }>(
        'query($k: String!) { office(key: $k) { organisation { key offices(first: 100) { edges { node { key } } } } } }',
        { k: o.id },
      ),
    );
    expect(data.office.organisation.key).toBe(o.organisation);
    expect(nodes(data.office.organisation.offices).map((n) => n.key)).toContain(o.id);
  });
});

describe('Relay connections', () => {
  it('pages forward with first/after and backward with last/before, with totalCount', async () => {
    const all = people.map((p) => p.id);
    const page = async (args: string) =>
      ok(
        await gw.gql<{
          people: Conn<{ key: string }> & {
            pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
          };
        }>(
          `{ people${args ? `(${args})` : ''} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } } }`,
        ),
      ).people;
    const first = await page('first: 2');
    expect(first.totalCount).toBe(all.length);
    expect(nodes(first).map((n) => n.key)).toEqual(all.slice(0, 2));
    expect(first.pageInfo.hasNextPage).toBe(all.length > 2);
    const second = await page(`first: 2, after: ${JSON.stringify(first.pageInfo.endCursor)}`);
    expect(nodes(second).map((n) => n.key)).toEqual(all.slice(2, 4));
    const last = await page('last: 3');
    expect(nodes(last).map((n) => n.key)).toEqual(all.slice(-3));
    const before = await page(`last: 1, before: ${JSON.stringify(second.pageInfo.startCursor)}`);
    expect(nodes(before).map((n) => n.key)).toEqual(all.slice(1, 2));
    // Without first or last: the first 20.
    const dflt = await page('');
    expect(nodes(dflt).length).toBe(Math.min(20, all.length));
  });
});

describe('search', () => {
  const search = async (query: string, first = 10) =>
    nodes(
      ok(
        await gw.gql<{ search: Conn<{ __typename: string; key: string }> }>(
          'query($q: String!, $n: Int) { search(query: $q, first: $n) { edges { node { __typename key } } } }',
          { q: query, n: first },
        ),
      ).search,
    );

  it('finds a record by any of its spellings, in any case and without diacritics', async () => {
    const spelled = [...index.names.values()].flat().filter((e) => e.kind !== 'role');
    for (const entry of spelled.slice(0, 40)) {
      const text = entry.spelling.text;
      const stripped = text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toUpperCase();
      const top = (await search(stripped, 5)).map((n) => n.key);
      // Ambiguous spellings name several records; each of them must rank at the top.
      const named = index.byName(text).map((e) => e.id);
      expect(
        named.some((id) => top.includes(id)),
        `${text} → ${top.join(', ')}`,
      ).toBe(true);
    }
  });

  it('finds records by deprecated spellings and recorded transliterations', async () => {
    const deprecated = [...index.names.values()]
      .flat()
      .filter((e) => e.spelling.status === 'deprecated' && e.kind !== 'role');
    expect(deprecated.length).toBeGreaterThan(0);
    for (const entry of deprecated) {
      const top = (await search(entry.spelling.text, 3)).map((n) => n.key);
      expect(top, entry.spelling.text).toContain(entry.id);
    }
  });

  it('finds a quote by the words of its text, and a source by its citation key', async () => {
    const q = quotes[0]!;
    expect((await search(q.text, 3)).map((n) => n.key)).toContain(q.id);
    const s = sources[1]!;
    expect((await search(s.id, 1))[0]).toEqual({ __typename: 'Source', key: s.id });
  });

  it('pages through results with after', async () => {
    const res = ok(
      await gw.gql<{ search: Conn<{ key: string }> }>(
        '{ search(query: "Russia", first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { ... on Record { key } } } } }',
      ),
    );
    expect(res.search.totalCount).toBeGreaterThan(3);
    const next = ok(
      await gw.gql<{ search: Conn<{ key: string }> }>(
        'query($a: String) { search(query: "Russia", first: 3, after: $a) { edges { node { ... on Record { key } } } } }',
        { a: res.search.pageInfo.endCursor },
      ),
    );
    const firstKeys = nodes(res.search).map((n) => n.key);
    for (const n of nodes(next.search)) expect(firstKeys).not.toContain(n.key);
  });

  it('matches the folded form the dataset uses', () => {
    // The API folds queries with the dataset's own function; check the assumption the tests above rely on.
    expect(foldName('ÇIRAĞAN')).toBe(foldName('ciragan'));
  });
});

describe('hover', () => {
  it('answers what is at a 0-based line and character, as the engine does', async () => {
    const key = sources[0]!.id;
    const text = `First line.\nAs reported [@${key}].`;
    const character = text.split('\n')[1]!.indexOf('@') + 2;
    const data = ok(
      await gw.gql<{
        hover: {
          kind: string;
          key: string;
          record: { __typename: string };
          range: unknown;
          markdown: string;
        };
      }>(
        'query($t: String!, $l: Int!, $c: Int!) { hover(text: $t, line: $l, character: $c) { kind key record { __typename } range { start { line character } end { line character } } markdown } }',
        { t: text, l: 1, c: character },
      ),
    );
    expect(data.hover.kind).toBe('SOURCE');
    expect(data.hover.key).toBe(key);
    expect(data.hover.record.__typename).toBe('Source');
    expect(data.hover.markdown).toContain(sources[0]!.title);
    const nothing = ok(
      await gw.gql<{ hover: null }>('{ hover(text: "Nothing here.", line: 0, character: 2) { key } }'),
    );
    expect(nothing.hover).toBeNull();
  });

  it('opens the card with the finding under the cursor, as the editor does', async () => {
    const text = 'The delegations flew to Kiev on Sunday.';
    const data = ok(
      await gw.gql<{ hover: { key: string; markdown: string } }>(
        'query($t: String!) { hover(text: $t, line: 0, character: 25) { key markdown } }',
        { t: text },
      ),
    );
    expect(data.hover.key).toBe('kyiv');
    // The finding first (its message and rule id), the record's card after it.
    expect(data.hover.markdown.split('\n')[0]).toMatch(
      /“Kiev” is a deprecated spelling.*\(`name\/spelling`\)$/,
    );
    expect(data.hover.markdown.indexOf('**Kyiv**')).toBeGreaterThan(0);
  });
});
