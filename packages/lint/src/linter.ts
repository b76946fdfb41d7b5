import type { ParleyDataset } from '@parley/dataset';
import { type Analysis, analyze } from './analysis.js';
import { type Config, mergeConfigs } from './config/config.js';
import { Directives } from './config/directives.js';
import { dateClaims } from './date/claims.js';
import { figureClaims } from './figure/claims.js';
import { type LintModel, modelOf } from './model.js';
import { quoteClaims } from './quote/claims.js';
import { roleClaims } from './role/claims.js';
import { docsUrl, rules } from './rules/registry.js';
import type { Diagnostic, RuleContext } from './rules/types.js';

/** A draft analysed and checked: the findings, and everything they were found from (for hovers). */
export interface LintResult {
  diagnostics: Diagnostic[];
  context: RuleContext;
}

/** Analyses a draft and runs every claim extractor: what rules and hovers share. */
export function check(model: LintModel, text: string, config: Config = {}): RuleContext {
  const analysis: Analysis = analyze(model, text);
  const merged = mergeConfigs(config);
  return {
    model,
    analysis,
    figures: figureClaims(model, analysis),
    quotes: quoteClaims(model, analysis),
    dates: dateClaims(model, analysis),
    roles: roleClaims(model, analysis),
    spellings: { prefer: merged.spellings?.prefer ?? [], accept: merged.spellings?.accept ?? [] },
  };
}

/** Runs the rules over a checked draft, applying severities from the config and inline directives. */
export function diagnose(ctx: RuleContext, config: Config = {}): Diagnostic[] {
  const directives = new Directives(ctx.analysis);
  const { lines } = ctx.analysis;
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = config.rules?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    for (const f of rule.check(ctx)) {
      const range = lines.range(f.start, f.end);
      if (directives.disabled(rule.id, f.start, range.start.line)) continue;
      out.push({
        rule: rule.id,
        severity,
        message: f.message,
        start: f.start,
        end: f.end,
        range,
        evidence: f.evidence,
        fixes: (f.fixes ?? []).map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((e) => ({ ...e, range: lines.range(e.start, e.end) })),
        })),
        url: docsUrl(rule.id),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Checks a Markdown draft against a dataset. Pure: text, dataset and config in, diagnostics out.
 *
 * @example
 * ```ts
 * import { dataset } from '@parley/dataset';
 * import { lint } from '@parley/lint';
 * lint('Russia launched 427 drones, Ukraine’s air force said [@reuters-far-apart].', dataset);
 * // → [{ rule: 'figure/mismatch', severity: 'warning', message: '“427 drones” contradicts …', … }]
 * ```
 */
export function lint(text: string, dataset: ParleyDataset, config: Config = {}): Diagnostic[] {
  return diagnose(check(modelOf(dataset), text, config), config);
}

/** Like {@link lint}, also returning the analysis, so a caller can answer hovers without a second pass. */
export function lintWithContext(text: string, dataset: ParleyDataset, config: Config = {}): LintResult {
  const context = check(modelOf(dataset), text, config);
  return { diagnostics: diagnose(context, config), context };
}
