/**
 * What the page's engine worker does, without the worker: the dataset compiled once, each draft checked with
 * @parley/lint's own functions, hover cards and exports answered from the last check.
 */
import { dataset, version as datasetVersion } from '@parley/dataset';
import {
  type Config,
  citationFilterText,
  compile,
  formatJson,
  formatSarif,
  inspect,
  type LintResult,
  lintWithContext,
  rules,
  sourceCard,
} from '@parley/lint';
import lintPackage from '@parley/lint/package.json' with { type: 'json' };
import MarkdownIt from 'markdown-it';
import type { EngineMessage, EngineRequest, PageDiagnostic } from './protocol.js';

type Ready = Extract<EngineMessage, { type: 'ready' }>;

// The engine's cards are Markdown written from dataset records; raw HTML in them is shown as text, not run.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Card links (rule docs, sources) open beside the page rather than replacing the draft.
const defaultLinkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('target', '_blank');
  tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen
    ? defaultLinkOpen(tokens, idx, options, env, self)
    : self.renderToken(tokens, idx, options);
};

const toPage = (result: LintResult): PageDiagnostic[] =>
  result.diagnostics.map((d) => ({
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    start: d.start,
    end: d.end,
    url: d.url,
    fixes: d.fixes.map((f) => ({
      title: f.title,
      edits: f.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })),
    })),
  }));

/** One page's engine: answers the page's requests (see protocol.ts) from one compiled dataset. */
export class EngineSession {
  readonly #model = compile(dataset);
  /** The last check, reused while neither the text nor the configuration changes (hover, export). */
  #last: { text: string; configKey: string; result: LintResult } | undefined;

  #checked(text: string, config: Config): LintResult {
    const configKey = JSON.stringify(config);
    const last = this.#last;
    if (last && last.text === text && last.configKey === configKey) return last.result;
    this.#last = { text, configKey, result: lintWithContext(text, this.#model, config) };
    return this.#last.result;
  }

  /** What the page is told once the dataset is compiled: versions, rules, and sources for completion. */
  ready(): Ready {
    return {
      type: 'ready',
      datasetVersion,
      lintVersion: lintPackage.version,
      rules: rules.map((r) => ({ id: r.id, summary: r.summary, severity: r.severity })),
      sources: dataset.sources.map((s) => ({
        key: s.id,
        detail: [s.outlet ?? s.publisher ?? 'outlet not named', s.publishedAt.date].join(' · '),
        filterText: citationFilterText(s),
        html: markdown.render(sourceCard(this.#model.index, s)),
      })),
    };
  }

  /** The answer to one request. */
  answer(request: EngineRequest): EngineMessage {
    switch (request.type) {
      case 'check': {
        const started = performance.now();
        const diagnostics = toPage(this.#checked(request.text, request.config));
        return { id: request.id, type: 'checked', diagnostics, ms: performance.now() - started };
      }
      case 'hover': {
        const result = this.#checked(request.text, request.config);
        const card = inspect(result.context, request.offset, result.diagnostics);
        return {
          id: request.id,
          type: 'hover',
          card: card && {
            kind: card.kind,
            start: card.start,
            end: card.end,
            html: markdown.render(card.markdown),
          },
        };
      }
      case 'export': {
        const { diagnostics } = this.#checked(request.text, request.config);
        const results = [{ file: request.file, diagnostics }];
        const output =
          request.format === 'json'
            ? formatJson(results)
            : formatSarif(results, lintPackage.version, (file) => file);
        return { id: request.id, type: 'export', output };
      }
    }
  }
}
