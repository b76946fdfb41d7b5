import { dataset } from '@parley/dataset';
import { compile, formatJson, lintWithContext } from '@parley/lint';
import { describe, expect, it } from 'vitest';
import type { EngineMessage } from '../src/engine/protocol.js';
import { EngineSession } from '../src/engine/session.js';

// A sentence of our own with a misspelt name (one letter off a recorded spelling) and a mistyped key.
const draft =
  'The delegation was led by Defence Minister Rustem Umarov [@reuters-far-apart].\n\nTalks went on [@nyt-litle-progress].\n';
const session = new EngineSession();
const model = compile(dataset);

function as<T extends EngineMessage['type']>(m: EngineMessage, type: T): Extract<EngineMessage, { type: T }> {
  if (m.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(m)}`);
  return m as Extract<EngineMessage, { type: T }>;
}

describe('the engine session behind the page’s worker', () => {
  it('announces the dataset version, every rule and every source with the engine’s filter text and card', () => {
    const ready = session.ready();
    expect(ready.datasetVersion).toBe(dataset.version);
    expect(ready.rules.map((r) => r.id)).toContain('figure/mismatch');
    expect(ready.sources.map((s) => s.key)).toEqual(dataset.sources.map((s) => s.id));
    for (const s of ready.sources) {
      expect(s.filterText.startsWith(s.key)).toBe(true);
      expect(s.html).toMatch(/^<p>/);
    }
  });

  it('checks a draft as the engine does, with fixes as offsets into the text', () => {
    const checked = as(session.answer({ id: 1, type: 'check', text: draft, config: {} }), 'checked');
    const engine = lintWithContext(draft, model).diagnostics;
    expect(checked.diagnostics.map((d) => [d.rule, d.start, d.end, d.message])).toEqual(
      engine.map((d) => [d.rule, d.start, d.end, d.message]),
    );
    const spelling = checked.diagnostics.find((d) => d.rule === 'name/spelling')!;
    expect(draft.slice(spelling.start, spelling.end)).toContain('Umarov');
    const edit = spelling.fixes[0]!.edits[0]!;
    expect(draft.slice(0, edit.start) + edit.newText + draft.slice(edit.end)).toContain('Rustem Umerov');
  });

  it('applies the settings: a rule turned off reports nothing', () => {
    const config = { rules: { 'name/spelling': 'off' as const } };
    const checked = as(session.answer({ id: 2, type: 'check', text: draft, config }), 'checked');
    expect(checked.diagnostics.map((d) => d.rule)).not.toContain('name/spelling');
    expect(checked.diagnostics.map((d) => d.rule)).toContain('citation/unknown-key');
  });

  it('answers a hover with the engine’s card as HTML, escaping raw HTML', () => {
    const offset = draft.indexOf('Umarov') + 2;
    const hover = as(session.answer({ id: 3, type: 'hover', text: draft, config: {}, offset }), 'hover');
    expect(hover.card?.kind).toBe('person');
    expect(hover.card?.html).toContain('Umerov');
    const nothing = as(session.answer({ id: 4, type: 'hover', text: draft, config: {}, offset: 2 }), 'hover');
    expect(nothing.card).toBeUndefined();
    const html = '<script>alert(1)</script> Rustem Umerov spoke [@reuters-far-apart].';
    const at = as(
      session.answer({ id: 5, type: 'hover', text: html, config: {}, offset: html.indexOf('Umerov') }),
      'hover',
    );
    expect(at.card?.html).not.toContain('<script>');
  });

  it('exports the findings in the CLI’s JSON and SARIF formats', () => {
    const json = as(
      session.answer({ id: 6, type: 'export', text: draft, config: {}, format: 'json', file: 'draft.md' }),
      'export',
    );
    expect(json.output).toBe(
      formatJson([{ file: 'draft.md', diagnostics: lintWithContext(draft, model).diagnostics }]),
    );
    const sarif = as(
      session.answer({ id: 7, type: 'export', text: draft, config: {}, format: 'sarif', file: 'draft.md' }),
      'export',
    );
    const log = JSON.parse(sarif.output);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'name/spelling',
      'citation/unknown-key',
    ]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('draft.md');
  });
});
