import { describe, expect, it } from 'vitest';
import { dataset, preferredName, preferredNameInProse } from '../dist/index.js';

const event = (id: string) => dataset.events.find((e) => e.id === id)!;

describe('preferredNameInProse', () => {
  it('gives a description its article, as it reads inside a sentence', () => {
    const round = event('istanbul-talks-first-round');
    expect(preferredName(round.names)).toBe('first round of talks in Istanbul');
    expect(preferredNameInProse(round.names)).toBe('the first round of talks in Istanbul');
  });
  it('leaves a name as it is', () => {
    const names = [{ text: 'Operation Spiderweb', status: 'preferred', kind: 'name' }] as const;
    expect(preferredNameInProse(names)).toBe('Operation Spiderweb');
    expect(preferredNameInProse([{ text: 'the Kremlin', status: 'preferred', kind: 'description' }])).toBe(
      'the Kremlin',
    );
  });
});
