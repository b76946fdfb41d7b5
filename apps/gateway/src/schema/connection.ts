import { builder } from './builder.js';

// Every connection reports how many records its list holds before paging, so a client can show
// "1–20 of 57" without walking every page.
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many records the whole list holds (all pages), after any filters.',
    resolve: (parent) => parent.totalCount,
  }),
);
