import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dataset } from '@parley/dataset';
import { type Config, type Diagnostic as EngineDiagnostic, inspect, lintWithContext } from '@parley/lint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeAction,
  Diagnostic,
  Location,
  LocationLink,
  MarkupContent,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { draftFiles, draftText, draftUri, planted, positionOf, serverBin, TestClient } from './client.js';

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** What the engine finds, in the shape the server must publish it. */
const engineView = (text: string, config: Config = {}) =>
  lintWithContext(text, dataset, config).diagnostics.map((d: EngineDiagnostic) => ({
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: d.url },
    source: 'parley',
    message: d.message,
  }));
const lspView = (ds: Diagnostic[]) =>
  ds.map((d) => ({
    range: d.range,
    severity: d.severity,
    code: d.code,
    codeDescription: d.codeDescription,
    source: d.source,
    message: d.message,
  }));
const serious = (ds: Diagnostic[]) =>
  ds
    .filter((d) => d.severity === 1 || d.severity === 2)
    .map((d) => ({ line: d.range.start.line + 1, rule: d.code }));
const dataOf = (d: Diagnostic) =>
  d.data as { version: number; rule: string; fixes: { title: string; edits: TextEdit[] }[] };

/** Applies a WorkspaceEdit's simultaneous edits as the sequential incremental changes an editor sends. */
const asChanges = (edits: TextEdit[]) =>
  [...edits]
    .sort(
      (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
    )
    .map((e) => ({ range: e.range, text: e.newText }));
const applied = (text: string, edits: TextEdit[]) =>
  TextDocument.applyEdits(TextDocument.create('x', 'markdown', 0, text), edits);
const onlyEdit = (action: CodeAction) => {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return { version: change.textDocument.version, edits: change.edits as TextEdit[] };
};

describe('the server over stdio, against ../shared/drafts', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start();
  });
  afterAll(() => client?.kill());

  it('initializes: incremental sync, hover, completion on @, quick fixes, definition; versions', () => {
    const { capabilities, serverInfo } = client.initializeResult;
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.completionProvider?.triggerCharacters).toEqual(['@']);
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix'] });
    expect(capabilities.definitionProvider).toBe(true);
    expect(serverInfo).toEqual({ name: 'parley-language-server', version: pkg.version });
    expect(client.initializeResult.parley).toEqual({
      datasetVersion: dataset.version,
      sources: dataset.sources.length,
    });
  });

  for (const file of draftFiles()) {
    it(`${file}: publishes on open exactly what the engine finds, planted mistakes included`, async () => {
      const text = draftText(file);
      const uri = draftUri(file);
      await client.open(uri, text);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      expect(lspView(diagnostics)).toEqual(engineView(text));
      const want = planted()
        .filter((p) => p.file === file)
        .map(({ line, rule }) => ({ line, rule }));
      expect(serious(diagnostics)).toEqual(expect.arrayContaining(want));
      expect(want.length).toBeGreaterThan(0);
      for (const d of diagnostics) {
        expect(dataOf(d).version).toBe(1);
        expect(dataOf(d).rule).toBe(d.code);
      }
    });
  }

  it('sends no related information (the card says it in words); each excerpt is one "go to definition" away', async () => {
    const p = planted().find((x) => x.rule === 'figure/mismatch')!;
    const uri = `${draftUri(p.file)}?evidence`;
    const text = draftText(p.file);
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    expect(published.length).toBeGreaterThan(0);
    expect(published.filter((d) => d.relatedInformation)).toEqual([]);
    const engine = lintWithContext(text, dataset).diagnostics;
    const d = engine.find((x) => x.rule === p.rule && x.range.start.line + 1 === p.line)!;
    const [target] = (await client.definition(uri, d.range.start)) as Location[];
    const path = fileURLToPath(target!.uri);
    expect(statSync(path).mode & 0o222).toBe(0);
    const card = readFileSync(path, 'utf8');
    expect(d.evidence.length).toBeGreaterThan(0);
    for (const e of d.evidence) expect(card).toContain(`\`${e.source}\`: “${e.excerpt}”`);
  });

  it('re-checks after incremental edits: several changes in one notification, applied in order', async () => {
    const file = 'p01-figures.md';
    const uri = draftUri(file);
    let doc = TextDocument.create(uri, 'markdown', 1, draftText(file));
    await client.diagnosticsFor(uri, 1);
    // The first planted figure deleted; then edits whose positions depend on the ones before them.
    const target = lintWithContext(doc.getText(), dataset).diagnostics.find(
      (d) =>
        d.rule === 'figure/mismatch' &&
        d.range.start.line + 1 === planted().find((p) => p.file === file)!.line,
    )!;
    expect(target).toBeDefined();
    const changes = [
      { range: target.range, text: '' },
      { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'New: ' },
      { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 7 } }, text: '' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' },
    ];
    doc = TextDocument.update(doc, changes, 2);
    await client.change(uri, 2, changes);
    expect(lspView(await client.diagnosticsFor(uri, 2))).toEqual(engineView(doc.getText()));
    // One character at a time, faster than the debounce: the last version is what gets published.
    for (let v = 3; v <= 8; v++) {
      const c = [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }];
      doc = TextDocument.update(doc, c, v);
      await client.change(uri, v, c);
    }
    const last = await client.diagnosticsFor(uri, 8);
    expect(lspView(last)).toEqual(engineView(doc.getText()));
    expect(last.every((d) => dataOf(d).version === 8)).toBe(true);
  });

  it('hovers a name: the engine’s card of the person (Medinsky)', async () => {
    const file = draftFiles().find((f) => draftText(f).includes('Medinsky'))!;
    const text = draftText(file);
    const uri = draftUri(file);
    await client.open(uri, text);
    const position = positionOf(text, 'Medinsky', 3);
    const hover = await client.hover(uri, position);
    const { context, diagnostics } = lintWithContext(text, dataset);
    const card = inspect(
      context,
      TextDocument.create(uri, 'markdown', 1, text).offsetAt(position),
      diagnostics,
    );
    expect(card?.kind).toBe('person');
    expect(hover).toEqual({ contents: { kind: 'markdown', value: card!.markdown }, range: card!.range });
    expect((hover!.contents as MarkupContent).value).toContain('Medinsky');
  });

  it('hovers a planted figure: every recorded report of the quantity', async () => {
    const p = planted().find((x) => x.rule === 'figure/mismatch')!;
    const text = draftText(p.file);
    const uri = `${draftUri(p.file)}?figure`;
    await client.open(uri, text);
    const { diagnostics, context } = lintWithContext(text, dataset);
    const d = diagnostics.find((x) => x.rule === p.rule && x.range.start.line + 1 === p.line)!;
    const hover = await client.hover(uri, d.range.start);
    const card = inspect(context, d.start, diagnostics)!;
    expect(card.kind).toBe('figure');
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toBe(card.markdown);
    // The finding first, in its own words.
    expect(value.split('\n')[0]).toContain(d.message);
    const { index } = await import('@parley/dataset');
    const reports = index.reportsOf(card.id);
    expect(reports.length).toBeGreaterThan(1);
    for (const r of reports) expect(value).toContain(r.text);
  });

  it('hovers a citation key: the source card; blank space: nothing', async () => {
    const file = 'p01-figures.md';
    const text = draftText(file);
    const uri = `${draftUri(file)}?key`;
    await client.open(uri, text);
    const key = dataset.sources.find((s) => text.includes(`@${s.id}`))!;
    const hover = await client.hover(uri, positionOf(text, `@${key.id}`, 2));
    expect((hover!.contents as MarkupContent).value).toContain(key.title);
    expect(await client.hover(uri, { line: 1, character: 0 })).toBeNull();
  });

  it('completes citation keys after “[@” and “; @”, with title, outlet and date, filtered by their words', async () => {
    const uri = 'untitled:completion.md';
    const text = 'Talks [@ and more [@reu and [@a; @ and mail me@x.org [@done] done';
    await client.open(uri, text);
    const afterOpen = await client.completion(uri, positionOf(text, '[@', 2));
    expect(afterOpen!.items.map((i) => i.label)).toEqual(dataset.sources.map((s) => s.id));
    for (const item of afterOpen!.items) {
      const s = dataset.sources.find((x) => x.id === item.label)!;
      expect(item.detail).toContain(s.title);
      expect(item.detail).toContain(s.publishedAt.date);
      const words = [s.outlet, ...s.byline].filter(Boolean).flatMap((w) => w!.split(/\s+/));
      for (const word of words.filter((w) => !/^(the|of|and|a|an)$/i.test(w)))
        expect(item.filterText!.toLowerCase()).toContain(word.toLowerCase());
    }
    const partial = await client.completion(uri, positionOf(text, '[@reu', 5));
    const edit = partial!.items[0]!.textEdit as TextEdit;
    expect(edit.range).toEqual({ start: positionOf(text, '[@reu', 2), end: positionOf(text, '[@reu', 5) });
    expect((await client.completion(uri, positionOf(text, '; @', 3)))!.items).toHaveLength(
      dataset.sources.length,
    );
    expect(await client.completion(uri, positionOf(text, 'me@', 3))).toBeNull();
    expect(await client.completion(uri, positionOf(text, '] done', 6))).toBeNull();
  });

  it('offers the engine’s fixes pinned to the version, and applying one clears the finding', async () => {
    const file = 'p03-citations.md';
    const uri = draftUri(file);
    const text = draftText(file);
    // A fresh version of the draft, so the fix is pinned to a version this test knows.
    const fresh = `${uri}?fix`;
    await client.open(fresh, text, 5);
    const published = await client.diagnosticsFor(fresh, 5);
    const withFix = published.find(
      (d) =>
        dataOf(d).fixes.length > 0 &&
        planted().some((p) => p.file === file && p.line === d.range.start.line + 1),
    );
    expect(withFix).toBeDefined();
    const actions = await client.codeActions(fresh, [withFix!]);
    const fixes = dataOf(withFix!).fixes;
    const engine = lintWithContext(text, dataset).diagnostics.find(
      (d) => d.rule === withFix!.code && d.message === withFix!.message,
    )!;
    expect(fixes).toEqual(
      engine.fixes.map((f) => ({
        title: f.title,
        edits: f.edits.map((e) => ({ range: e.range, newText: e.newText })),
      })),
    );
    expect(actions.map((a) => a.title)).toEqual([
      ...fixes.map((f) => f.title),
      `Disable ${withFix!.code} for this line`,
    ]);
    expect(actions.every((a) => a.kind === 'quickfix')).toBe(true);
    const { version, edits } = onlyEdit(actions[0]!);
    expect(version).toBe(5);
    expect(edits).toEqual(fixes[0]!.edits.map((e) => ({ range: e.range, newText: e.newText })));
    const fixed = applied(text, edits);
    await client.change(fresh, 6, asChanges(edits));
    const after = await client.diagnosticsFor(fresh, 6);
    expect(lspView(after)).toEqual(engineView(fixed));
    expect(
      after.some((d) => d.code === withFix!.code && d.range.start.line === withFix!.range.start.line),
    ).toBe(false);
  });

  it('“Disable RULE for this line” inserts the directive above, and the engine honours it', async () => {
    const file = 'p04-names-roles-dates.md';
    const text = draftText(file);
    const uri = `${draftUri(file)}?disable`;
    await client.open(uri, text, 1);
    const published = await client.diagnosticsFor(uri, 1);
    const target = published.find((d) => d.severity === 2)!;
    const actions = await client.codeActions(uri, [target]);
    const disable = actions.find((a) => a.title === `Disable ${target.code} for this line`)!;
    const { version, edits } = onlyEdit(disable);
    expect(version).toBe(1);
    expect(edits[0]!.newText).toBe(`<!-- parley-disable-next-line ${target.code} -->\n`);
    const after = applied(text, edits);
    await client.change(uri, 2, asChanges(edits));
    const republished = await client.diagnosticsFor(uri, 2);
    expect(lspView(republished)).toEqual(engineView(after));
    const silenced = published.filter(
      (d) => d.code === target.code && d.range.start.line === target.range.start.line,
    );
    expect(republished).toHaveLength(published.length - silenced.length);
    expect(
      republished.some((d) => d.code === target.code && d.range.start.line === target.range.start.line + 1),
    ).toBe(false);
  });

  it('takes fixes from the current check when the editor’s marker is from an older version', async () => {
    const file = 'p03-citations.md';
    const text = draftText(file);
    const uri = `${draftUri(file)}?stale`;
    await client.open(uri, text, 1);
    const old = (await client.diagnosticsFor(uri, 1)).find((d) => dataOf(d).fixes.length > 0)!;
    // A new first line: the marker moves down one line, its stored fix offsets are now wrong.
    const change = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      text: 'Intro.\n',
    };
    await client.change(uri, 2, [change]);
    const moved = {
      ...old,
      range: {
        start: { ...old.range.start, line: old.range.start.line + 1 },
        end: { ...old.range.end, line: old.range.end.line + 1 },
      },
    };
    const actions = await client.codeActions(uri, [moved]);
    const { version, edits } = onlyEdit(actions[0]!);
    expect(version).toBe(2);
    expect(edits[0]!.range.start.line).toBe(old.range.start.line + 1);
    expect(applied(`Intro.\n${text}`, edits)).toBe(`Intro.\n${applied(text, dataOf(old).fixes[0]!.edits)}`);
  });

  it('goes to a record’s definition: a read-only Markdown card in a file (no record scheme announced)', async () => {
    const file = draftFiles().find((f) => draftText(f).includes('Medinsky'))!;
    const text = draftText(file);
    const uri = draftUri(file);
    const [location] = (await client.definition(uri, positionOf(text, 'Medinsky', 2))) as Location[];
    expect(location!.uri.startsWith('file:')).toBe(true);
    const path = fileURLToPath(location!.uri);
    expect(path.startsWith(tmpdir())).toBe(true);
    expect(statSync(path).mode & 0o222).toBe(0);
    const card = inspect(lintWithContext(text, dataset).context, text.indexOf('Medinsky') + 2)!;
    expect(readFileSync(path, 'utf8')).toContain(card.markdown.split('\n')[0]!);
    const key = dataset.sources.find((s) => text.includes(`@${s.id}`))!;
    const [source] = (await client.definition(uri, positionOf(text, `@${key.id}`, 3))) as Location[];
    expect(readFileSync(fileURLToPath(source!.uri), 'utf8')).toContain(`# ${key.title}`);
    expect(await client.definition(uri, { line: 1, character: 0 })).toBeNull();
  });

  it('publishes nothing more for a closed document, and clears its diagnostics', async () => {
    const uri = 'untitled:closing.md';
    await client.open(uri, 'Kupyansk is in the northeast.');
    await client.diagnosticsFor(uri, 1);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.diagnostics(
      uri,
      (p) => p.version === undefined && p.diagnostics.length === 0,
    );
    expect(cleared.diagnostics).toEqual([]);
  });
});

describe('record cards for editors that show virtual documents (the VS Code extension)', () => {
  it('links to parley-record: URIs and serves their Markdown on request', async () => {
    const client = await TestClient.start({
      initializationOptions: { recordScheme: 'parley-record' },
      capabilities: { textDocument: { definition: { linkSupport: true } } },
    });
    try {
      const file = draftFiles().find((f) => draftText(f).includes('Medinsky'))!;
      const text = draftText(file);
      const uri = draftUri(file);
      await client.open(uri, text);
      const published = await client.diagnosticsFor(uri, 1);
      expect(published.some((d) => d.relatedInformation)).toBe(false);
      const position = positionOf(text, 'Medinsky', 2);
      const [link] = (await client.definition(uri, position)) as LocationLink[];
      const card = inspect(lintWithContext(text, dataset).context, text.indexOf('Medinsky') + 2)!;
      expect(link!.targetUri).toBe(`parley-record:/${card.id}.md`);
      expect(link!.originSelectionRange).toEqual(card.range);
      const served = (await client.connection.sendRequest('parley/record', { uri: link!.targetUri })) as {
        markdown: string;
      };
      expect(served.markdown).toContain(card.markdown.split('\n')[0]!);
      expect(
        await client.connection.sendRequest('parley/record', { uri: 'parley-record:/no-such-record.md' }),
      ).toBeNull();
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });
});

describe('configuration: parley.config.json (watched) and the client’s parley.rules, live', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-ls-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the workspace file, re-reads it when the client reports a change, and merges settings over it', async () => {
    const p = planted().find((x) => x.rule === 'figure/mismatch')!;
    const text = draftText(p.file);
    writeFileSync(join(dir, p.file), text);
    const configFile = join(dir, 'parley.config.json');
    writeFileSync(configFile, JSON.stringify({ rules: { 'figure/mismatch': 'off' } }));
    let settings: unknown = { rules: {} };
    const client = await TestClient.start({
      workspaceFolders: [dir],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      },
      configuration: () => settings,
    });
    try {
      const uri = pathToFileURL(join(dir, p.file)).href;
      await client.open(uri, text);
      const first = await client.diagnosticsFor(uri, 1);
      expect(first.some((d) => d.code === 'figure/mismatch')).toBe(false);
      expect(lspView(first)).toEqual(engineView(text, { rules: { 'figure/mismatch': 'off' } }));
      expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles');

      writeFileSync(configFile, JSON.stringify({ rules: { 'figure/mismatch': 'error' } }));
      await client.watchedFilesChanged([{ uri: pathToFileURL(configFile).href, type: 2 }]);
      const second = await client.diagnostics(uri, (x) =>
        x.diagnostics.some((d) => d.code === 'figure/mismatch' && d.severity === 1),
      );
      expect(lspView(second.diagnostics)).toEqual(
        engineView(text, { rules: { 'figure/mismatch': 'error' } }),
      );

      settings = { rules: { 'figure/mismatch': 'hint' } };
      await client.configurationChanged();
      // Settings win over the file: the hint severity arrives, error is gone.
      const third = await client.diagnostics(uri, (x) =>
        x.diagnostics.some((d) => d.code === 'figure/mismatch' && d.severity === 4),
      );
      expect(lspView(third.diagnostics)).toEqual(engineView(text, { rules: { 'figure/mismatch': 'hint' } }));
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });

  it('reports a malformed parley.config.json on the file itself and checks with the defaults meanwhile', async () => {
    const sub = mkdtempSync(join(dir, 'broken-'));
    const configFile = join(sub, 'parley.config.json');
    writeFileSync(configFile, JSON.stringify({ rules: { 'figure/mismatc': 'off' } }));
    const file = 'p01-figures.md';
    writeFileSync(join(sub, file), draftText(file));
    const client = await TestClient.start({ workspaceFolders: [sub] });
    try {
      const uri = pathToFileURL(join(sub, file)).href;
      await client.open(uri, draftText(file));
      expect(lspView(await client.diagnosticsFor(uri, 1))).toEqual(engineView(draftText(file)));
      const onConfig = await client.diagnostics(pathToFileURL(configFile).href);
      expect(onConfig.diagnostics[0]!.message).toContain('rules.figure/mismatc');
      expect(client.messages.some((m) => m.message.includes('rules.figure/mismatc'))).toBe(true);
      // Fixed on disk: an editor without file watching still gets it at the next check.
      writeFileSync(configFile, JSON.stringify({ rules: { 'figure/mismatch': 'off' } }));
      await client.change(uri, 2, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' },
      ]);
      const after = await client.diagnosticsFor(uri, 2);
      expect(after.some((d) => d.code === 'figure/mismatch')).toBe(false);
      expect(
        (await client.diagnostics(pathToFileURL(configFile).href, (x) => x.diagnostics.length === 0))
          .diagnostics,
      ).toEqual([]);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });

  it('takes initial settings from initializationOptions for clients without workspace/configuration', async () => {
    const file = 'p01-figures.md';
    const client = await TestClient.start({
      workspaceFolders: [mkdtempSync(join(dir, 'empty-'))],
      initializationOptions: { settings: { rules: { 'figure/mismatch': 'info' } } },
    });
    try {
      const uri = 'untitled:settings.md';
      await client.open(uri, draftText(file));
      const ds = await client.diagnosticsFor(uri, 1);
      expect(lspView(ds)).toEqual(engineView(draftText(file), { rules: { 'figure/mismatch': 'info' } }));
      await client.configurationChanged({ parley: { rules: { 'figure/mismatch': 'error' } } });
      const again = await client.diagnostics(uri, (x) =>
        x.diagnostics.some((d) => d.code === 'figure/mismatch' && d.severity === 1),
      );
      expect(again.diagnostics.length).toBe(ds.length);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });
});

describe('timing and freshness', () => {
  it('answers a hover from the new text even while the debounce still waits, publishing that version first', async () => {
    const client = await TestClient.start({ initializationOptions: { debounceMs: 60_000, timings: true } });
    try {
      const uri = 'untitled:fresh.md';
      await client.open(uri, 'Nothing here yet.');
      await client.diagnosticsFor(uri, 1);
      const text = 'Medinsky spoke.';
      await client.change(uri, 2, [{ text }]);
      const hover = await client.hover(uri, { line: 0, character: 3 });
      const { context, diagnostics } = lintWithContext(text, dataset);
      const card = inspect(context, 3, diagnostics);
      expect(hover?.contents).toEqual({ kind: 'markdown', value: card!.markdown });
      // Published before the hover was answered, not 60 s later.
      expect(client.published.some((p) => p.uri === uri && p.version === 2)).toBe(true);
      const timings = client.notifications.filter((n) => n.method === 'parley/analysed').map((n) => n.params);
      expect(timings).toEqual([
        expect.objectContaining({ uri, version: 1, debounceMs: 0, reused: false }),
        expect.objectContaining({ uri, version: 2, debounceMs: 0, reused: false }),
      ]);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });

  it('shuts down cleanly on shutdown + exit', async () => {
    const client = await TestClient.start();
    expect(await client.stop()).toBe(0);
  });

  it('the bin prints its version and refuses to run without a transport', async () => {
    const { execFileSync, spawnSync } = await import('node:child_process');
    expect(execFileSync(process.execPath, [serverBin, '--version'], { encoding: 'utf8' }).trim()).toBe(
      pkg.version,
    );
    const bare = spawnSync(process.execPath, [serverBin], { encoding: 'utf8' });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('--stdio');
  });
});
