/** The draft the page opens with, so a first visitor sees findings, cards and fixes before pasting their own. */
export const SAMPLE = `# Talks in Istanbul

Paste or type a Markdown draft here. Parley checks it in this browser, against its dataset, as you type.

Ukraine's delegation was led by Defence Minister Rustem Umarov [@reuters-far-apart].

The delegations met again in Istanbul for a second round of talks [@nyt-litle-progress].
`;
