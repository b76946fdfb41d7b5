import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { citationCompletion } from '../src/editor/completion.js';
import { EngineSession } from '../src/engine/session.js';

const { sources } = new EngineSession().ready();
const complete = citationCompletion(Promise.resolve(sources));
const at = (doc: string, pos = doc.length): Promise<CompletionResult | null> =>
  complete(new CompletionContext(EditorState.create({ doc }), pos, false));

describe('citation-key completion', () => {
  it('offers every source key after [@, replacing the partial key', async () => {
    const doc = 'One line.\nAs reported [@reu';
    const result = (await at(doc))!;
    expect(result.from).toBe(doc.indexOf('reu'));
    expect(result.to).toBe(doc.length);
    expect(result.options.map((o) => o.apply)).toEqual(sources.map((s) => s.key));
    // Matched against the engine's filter text (key, outlet, byline, date, title words), shown as the key.
    expect(result.options.map((o) => o.label)).toEqual(sources.map((s) => s.filterText));
    expect(result.options.map((o) => o.displayLabel)).toEqual(sources.map((s) => s.key));
  });

  it('completes the key after a semicolon inside an open bracket, up to the key characters right of it', async () => {
    const doc = 'Both said so [@reuters-far-apart; @ny] today';
    const pos = doc.indexOf('@ny') + 2;
    const result = (await at(doc, pos))!;
    expect([result.from, result.to]).toEqual([doc.indexOf('@ny') + 1, doc.indexOf(']')]);
  });

  it('offers nothing outside a citation', async () => {
    expect(await at('An email@example.com address')).toBeNull();
    expect(await at('Closed [@reuters-far-apart] and after')).toBeNull();
  });
});
