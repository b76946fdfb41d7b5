/** The draft the page opens with, so a first visitor sees findings, cards and fixes before pasting their own. */
export const SAMPLE = `# Talks in Istanbul

Paste or type a Markdown draft here. Parley checks it in this browser, against its dataset, as you type.

Russia launched 427 drones at Ukraine overnight, its air force said [@reuters-far-apart].

The second round of talks was held at the Ciragan Palace [@second-round-begins].
`;
