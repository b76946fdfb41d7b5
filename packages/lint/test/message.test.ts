import { describe, expect, it } from 'vitest';
import { formatMessage } from '../src/rules/message.js';

describe('formatMessage', () => {
  it('fills placeholders', () => {
    expect(formatMessage('“{written}” contradicts {count} reports', { written: '427', count: 2 })).toBe(
      '“427” contradicts 2 reports',
    );
  });
  it('keeps a section only when each of its placeholders has a value', () => {
    const t = '“{x}” is a deprecated spelling[ ({note})]; use “{y}”.';
    expect(formatMessage(t, { x: 'Kiev', y: 'Kyiv', note: 'Soviet-era' })).toBe(
      '“Kiev” is a deprecated spelling (Soviet-era); use “Kyiv”.',
    );
    expect(formatMessage(t, { x: 'Kiev', y: 'Kyiv' })).toBe('“Kiev” is a deprecated spelling; use “Kyiv”.');
    expect(formatMessage(t, { x: 'Kiev', y: 'Kyiv', note: '' })).toBe(
      '“Kiev” is a deprecated spelling; use “Kyiv”.',
    );
  });
  it('leaves text that is not a placeholder or a section as written', () => {
    expect(formatMessage('a {not a name} and [an open bracket {x}', { x: 1 })).toBe(
      'a {not a name} and [an open bracket 1',
    );
    expect(formatMessage('missing {gone} stays empty', {})).toBe('missing  stays empty');
  });
});
