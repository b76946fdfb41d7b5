import { describe, expect, it } from 'vitest';
import { SettingsStore, STORAGE_KEY } from '../src/settings/store.js';

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
};

describe('settings kept in the browser', () => {
  it('starts from the defaults and remembers what is saved', () => {
    const storage = memory();
    const store = new SettingsStore(storage);
    expect(store.config).toEqual({});
    store.save({ rules: { 'figure/mismatch': 'error' }, spellings: { prefer: ['Kyiv'] } });
    const again = new SettingsStore(storage);
    expect(again.config).toEqual({ rules: { 'figure/mismatch': 'error' }, spellings: { prefer: ['Kyiv'] } });
    expect(JSON.parse(again.json)).toEqual(again.config);
  });

  it('takes a parley.config.json text, refusing a bad one with the engine’s message naming the field', () => {
    const store = new SettingsStore(memory());
    store.importJson('{ "rules": { "quote/mismatch": "off" } }');
    expect(store.config).toEqual({ rules: { 'quote/mismatch': 'off' } });
    expect(() => store.importJson('{ "rules": { "quote/mismatch": "loud" } }')).toThrow(
      /parley\.config\.json: rules\.quote\/mismatch: must be one of/,
    );
    expect(store.config).toEqual({ rules: { 'quote/mismatch': 'off' } });
  });

  it('ignores remembered settings that are no longer valid, saying why', () => {
    const store = new SettingsStore(memory({ [STORAGE_KEY]: '{ "rules": { "no/such-rule": "off" } }' }));
    expect(store.config).toEqual({});
    expect(store.problem).toMatch(/rules\.no\/such-rule: is not a rule.*using the defaults/);
  });
});
