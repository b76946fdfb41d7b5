import { describe, expect, it } from 'vitest';
import { dataCopy } from './data-copy.js';

const { edit, problemsOf } = dataCopy();

describe('attribution: who a record names is named in its evidence', () => {
  it('refuses a figure attributed to an organisation its excerpt never names', () => {
    edit('figure/drones-launched-overnight-2025-06-01-reuters-far-apart.yaml', (t) =>
      t.replace(/attributedTo: .*/, 'attributedTo: [ukrainian-air-force, sbu]'),
    );
    expect(problemsOf()).toMatch(
      /drones-launched-overnight-2025-06-01-reuters-far-apart\.yaml:\d+: attributedTo\[1\]: "sbu" is not named by the attribution "Ukraine's air force said"/,
    );
  });

  it('refuses the SBU for a figure the article gives only as "reportedly"', () => {
    // The excerpt names the SBU as the attacker, not as the source of the count.
    edit('figure/aircraft-hit-in-drone-operation-on-air-bases-second-round-begins.yaml', (t) =>
      t.replace('attributedTo: []', 'attributedTo: [sbu]'),
    );
    expect(problemsOf()).toMatch(
      /aircraft-hit-in-drone-operation-on-air-bases-second-round-begins\.yaml:\d+: attributedTo\[0\]: "sbu" is not named by the attribution "reportedly"/,
    );
  });

  it('refuses a quote given to another speaker', () => {
    edit('quote/serhii-kyslytsia-couldnt-react.yaml', (t) =>
      t.replace('speaker: serhii-kyslytsia', 'speaker: rustem-umerov'),
    );
    expect(problemsOf()).toMatch(
      /data\/quote\/serhii-kyslytsia-couldnt-react\.yaml:\d+: speaker: "rustem-umerov" is not named in any excerpt \("“We couldn’t react to the Russian proposals quickly,” Serhii Kyslytsia/,
    );
  });

  it('refuses an office given to another person', () => {
    edit('role/hakan-fidan-foreign-minister.yaml', (t) =>
      t.replace('person: hakan-fidan', 'person: sergei-lavrov'),
    );
    expect(problemsOf()).toMatch(
      /data\/role\/hakan-fidan-foreign-minister\.yaml:\d+: evidence\[0\]\.excerpt: no excerpt from second-round-begins names sergei-lavrov as holding the office; it says "Turkish Foreign Minister Hakan Fidan"/,
    );
  });

  it('refuses words said to stand for a party that the excerpt does not contain', () => {
    edit('figure/aircraft-hit-in-drone-operation-on-air-bases-nyt-little-progress.yaml', (t) =>
      t.replace('words: "Moscow said"', 'words: "the Kremlin said"'),
    );
    expect(problemsOf()).toMatch(
      /referredToAs\[0\]\.words: "the Kremlin said" is in neither the attribution nor any excerpt/,
    );
  });
});
