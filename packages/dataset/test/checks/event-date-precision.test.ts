import { describe, expect, it } from 'vitest';
import { dataCopy } from './data-copy.js';

const { edit, problemsOf } = dataCopy();

describe('event-date-precision: an event is dated as finely as its excerpts date it', () => {
  it('refuses an event dated to the month that its excerpt dates to the day', () => {
    edit('event/nebenzya-ceasefire-conditions.yaml', (t) =>
      t.replace(/start: ['"]?2025-05-30['"]?/, 'start: "2025-05"'),
    );
    expect(problemsOf()).toMatch(
      /nebenzya-ceasefire-conditions\.yaml:\d+: date\.start: is 2025-05 but the excerpt from \S+ dates it 2025-05-30 \("Russian U\.N\. Ambassador Vasily Nebenzya stated on May 30/,
    );
  });

  it('refuses an event dated to the year that its excerpt dates to the month', () => {
    edit('event/russian-invasion-of-ukraine.yaml', (t) =>
      t.replace(/start: ['"]?2022-02['"]?/, 'start: "2022"'),
    );
    expect(problemsOf()).toMatch(
      /russian-invasion-of-ukraine\.yaml:\d+: date\.start: is 2022 but the excerpt from \S+ dates it 2022-02/,
    );
  });

  it('refuses the prisoner swap dated to the month once its note is gone', () => {
    edit('event/prisoner-exchange-1000-for-1000.yaml', (t) => t.replace(/\n {2}note: [^\n]*/, ''));
    expect(problemsOf()).toMatch(
      /prisoner-exchange-1000-for-1000\.yaml:\d+: date\.start: is 2025-05 but the excerpt from reuters-far-apart dates it 2025-05-16/,
    );
  });
});
