import { hoverTooltip } from '@codemirror/view';
import type { Config } from '@parley/lint';
import type { EngineClient } from '../engine/client.js';
import type { PageCard } from '../engine/protocol.js';

/** A card's HTML (the engine's Markdown, rendered in the worker with raw HTML escaped) in an element. */
export function cardElement(card: PageCard): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'parley-card';
  dom.innerHTML = card.html;
  return dom;
}

/** The engine's hover cards (figures, quotes, people and other entities, citations) as editor tooltips. */
export function engineHover(engine: EngineClient, config: () => Config) {
  return hoverTooltip(
    async (view, pos) => {
      const doc = view.state.doc;
      const card = await engine.hover(doc.toString(), config(), pos);
      // Typed over while the worker answered: the card would describe text that is gone.
      if (!card || view.state.doc !== doc) return null;
      return { pos: card.start, end: card.end, above: true, create: () => ({ dom: cardElement(card) }) };
    },
    { hoverTime: 250 },
  );
}
