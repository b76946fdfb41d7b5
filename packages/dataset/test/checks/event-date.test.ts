import { describe, expect, it } from 'vitest';
import { derive } from '../../scripts/checks/event-date.js';
import { dataCopy } from './data-copy.js';

const { edit, problemsOf } = dataCopy();

describe('event-date: derivations', () => {
  it('reads a weekday against the source date', () => {
    expect(derive('weekday-before', 'on Sunday', '2025-06-02')).toEqual({ start: '2025-06-01' });
    expect(derive('weekday-before', 'this Monday', '2025-06-02')).toEqual({ start: '2025-06-02' });
    expect(derive('weekday-after', 'next Monday', '2025-05-28')).toEqual({ start: '2025-06-02' });
    expect(derive('last-week', 'last week', '2025-06-03')).toEqual({
      start: '2025-05-26',
      end: '2025-06-01',
    });
    expect(derive('last-year', 'In June last year', '2025-06-02')).toEqual({ start: '2024-06' });
    expect(derive('years-before-end', 'after eight years of fighting', '2025-06-02', '2022-02')).toEqual({
      start: '2014',
      end: '2022-02',
    });
    expect(derive('weekday-before', 'on the day', '2025-06-02')).toBe('"on the day" names no weekday');
  });
});

describe('event-date: an event’s date is stated or derived', () => {
  it('refuses an event dated a month off', () => {
    edit('event/nebenzya-ceasefire-conditions.yaml', (t) => t.replace(/2025-05-30/, '2025-04-30'));
    expect(problemsOf()).toMatch(
      /nebenzya-ceasefire-conditions\.yaml:\d+: date\.start: 2025-04-30 is not stated by any excerpt \("Russian U\.N\. Ambassador Vasily Nebenzya stated on May 30/,
    );
  });

  it('refuses a date its derivation does not give', () => {
    edit('event/lavrov-rubio-call.yaml', (t) => t.replace('start: "2025-06-01"', 'start: "2025-05-31"'));
    expect(problemsOf()).toMatch(
      /lavrov-rubio-call\.yaml:\d+: date\.start: is 2025-05-31 but "on Sunday" in delegations-meet-again \(dated 2025-06-02\) by weekday-before gives 2025-06-01/,
    );
  });

  it('refuses derivation words that are not in an excerpt of that source', () => {
    edit('event/lavrov-rubio-call.yaml', (t) => t.replace('words: "on Sunday"', 'words: "on Saturday"'));
    expect(problemsOf()).toMatch(
      /date\.derivation\.words: "on Saturday" is not in any excerpt from delegations-meet-again/,
    );
  });

  it('refuses "last week" dated only to the year', () => {
    edit('event/kellogg-statement-on-attendance.yaml', (t) =>
      t.replace(/date:\n( {2}.*\n)+?(?=participants)/, 'date:\n  start: "2025"\n'),
    );
    expect(problemsOf()).toMatch(
      /kellogg-statement-on-attendance\.yaml:\d+: date\.start: 2025 is not stated by any excerpt/,
    );
  });

  it('refuses the second round dated to the Sunday of its source', () => {
    edit('event/istanbul-talks-second-round.yaml', (t) =>
      t.replace(/start: ['"]?2025-06-02['"]?/, 'start: 2025-06-01'),
    );
    expect(problemsOf()).toMatch(
      /istanbul-talks-second-round\.yaml:\d+: date\.start: 2025-06-01 is not stated by any excerpt/,
    );
  });
});
