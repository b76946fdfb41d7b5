import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset, index } from '@parley/dataset';
import { lint } from '@parley/lint';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AdaptiveDebounce,
  citationKeyAt,
  disableEdit,
  RecordFiles,
  recordIdOf,
  recordMarkdown,
  recordUri,
} from '../src/index.js';

describe('citationKeyAt', () => {
  const at = (line: string, character = line.length) => citationKeyAt(line, { line: 4, character });

  it('finds the partial key after “[@”, “; @” and a prefix like “[see @”', () => {
    expect(at('Text [@')).toEqual({ start: { line: 4, character: 7 }, end: { line: 4, character: 7 } });
    expect(at('Text [@reu')).toEqual({ start: { line: 4, character: 7 }, end: { line: 4, character: 10 } });
    expect(at('[@a; @nyt')).toEqual({ start: { line: 4, character: 6 }, end: { line: 4, character: 9 } });
    expect(at('[see @')).toEqual({ start: { line: 4, character: 6 }, end: { line: 4, character: 6 } });
  });

  it('replaces the rest of a key right of the cursor', () => {
    expect(at('[@reuters-far] x', 5)).toEqual({
      start: { line: 4, character: 2 },
      end: { line: 4, character: 13 },
    });
  });

  it('ignores e-mail addresses, closed brackets and text outside brackets', () => {
    expect(at('[write to me@')).toBeUndefined();
    expect(at('[@a] and @')).toBeUndefined();
    expect(at('@reu')).toBeUndefined();
  });
});

describe('disableEdit', () => {
  const doc = (text: string) => TextDocument.create('untitled:x.md', 'markdown', 1, text);

  it('puts the directive on its own line above a paragraph’s first line, with its indentation', () => {
    expect(disableEdit(doc('# Title\n\n  Text here.\n'), 2, 'name/spelling')).toEqual({
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: '  <!-- parley-disable-next-line name/spelling -->\n',
    });
    expect(disableEdit(doc('First line.'), 0, 'name/spelling').newText).toBe(
      '<!-- parley-disable-next-line name/spelling -->\n',
    );
  });

  it('appends it to the line above when the line continues a paragraph, so the paragraph stays whole', () => {
    const text = 'A paragraph that\nwraps onto Kupyansk here.\n';
    const edit = disableEdit(doc(text), 1, 'name/spelling');
    expect(edit).toEqual({
      range: { start: { line: 0, character: 16 }, end: { line: 0, character: 16 } },
      newText: ' <!-- parley-disable-next-line name/spelling -->',
    });
    // The engine reads it as applying to the next line, like the own-line form.
    const fixed = TextDocument.applyEdits(doc(text), [edit]);
    const before = lint(text, dataset).filter((d) => d.rule === 'name/spelling' && d.range.start.line === 1);
    expect(before.length).toBeGreaterThan(0);
    expect(
      lint(fixed, dataset).filter((d) => d.rule === 'name/spelling' && d.range.start.line === 1),
    ).toEqual([]);
  });

  it('adds the rule to a directive already above the line', () => {
    const text = '<!-- parley-disable-next-line role/mismatch -->\nText.\n';
    const edit = disableEdit(doc(text), 1, 'name/spelling');
    expect(TextDocument.applyEdits(doc(text), [edit])).toBe(
      '<!-- parley-disable-next-line role/mismatch name/spelling -->\nText.\n',
    );
  });
});

describe('record cards', () => {
  it('round-trips parley-record: URIs', () => {
    for (const s of dataset.sources) expect(recordIdOf(recordUri(s.id))).toBe(s.id);
    expect(recordIdOf('file:///tmp/x.md')).toBeUndefined();
  });

  it('renders every record with its evidence, and nothing for an unknown id', () => {
    for (const kind of ['sources', 'people', 'figures', 'quotes', 'roles', 'quantities'] as const) {
      const record = dataset[kind][0];
      if (!record) continue;
      const md = recordMarkdown(index, record.id)!;
      expect(md).toContain(`\`${record.id}\``);
      for (const e of record.evidence) expect(md).toContain(e.excerpt);
    }
    expect(recordMarkdown(index, 'no-such-record')).toBeUndefined();
  });

  it('writes read-only files, replacing them when another dataset wrote different text', () => {
    const root = mkdtempSync(join(tmpdir(), 'parley-records-test-'));
    try {
      const id = dataset.sources[0]!.id;
      const path = fileURLToPath(new RecordFiles(index, dataset.version, root).uri(id)!);
      expect(readFileSync(path, 'utf8')).toBe(recordMarkdown(index, id));
      expect(statSync(path).mode & 0o222).toBe(0);
      // A second server (another editor window) finds it; if its text differs, it is replaced, still read-only.
      chmodSync(path, 0o644);
      writeFileSync(path, 'stale');
      chmodSync(path, 0o444);
      expect(fileURLToPath(new RecordFiles(index, dataset.version, root).uri(id)!)).toBe(path);
      expect(readFileSync(path, 'utf8')).toBe(recordMarkdown(index, id));
      expect(statSync(path).mode & 0o222).toBe(0);
      expect(new RecordFiles(index, dataset.version, root).uri('no-such-record')).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('AdaptiveDebounce', () => {
  it('checks at once when idle, and waits about one check-duration while changes come faster', () => {
    const d = new AdaptiveDebounce({ minMs: 5, maxMs: 300 });
    expect(d.delay(0)).toBe(0);
    d.record(40, 1000);
    // Typing: the next key comes 150 ms after the check ended.
    expect(d.delay(1150)).toBe(0);
    // A burst: a change 10 ms after the check ended waits for the average check time.
    expect(d.delay(1010)).toBe(40);
    for (let i = 0; i < 20; i++) d.record(1, 2000);
    expect(d.delay(2000)).toBe(5);
    for (let i = 0; i < 20; i++) d.record(5000, 3000);
    expect(d.delay(3000)).toBe(300);
    expect(new AdaptiveDebounce({ minMs: 5, maxMs: 300, fixedMs: 120 }).delay(0)).toBe(120);
  });
});
