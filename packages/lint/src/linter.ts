import type { ParleyDataset } from '@parley/dataset';
import { type Analysis, analyze } from './analysis.js';
import { type Config, mergeConfigs } from './config/config.js';
import { Directives } from './config/directives.js';
import { dateClaims } from './date/claims.js';
import { figureClaims } from './figure/claims.js';
import { compile, LintModel } from './model.js';
import { quoteClaims } from './quote/claims.js';
import { roleClaims } from './role/claims.js';
import { isRuleId } from './rules/ids.js';
import { formatMessage } from './rules/message.js';
import { docsUrl, rules } from './rules/registry.js';
import type { Diagnostic, RuleContext } from './rules/types.js';
import { citedBySentence, statements } from './statement/statements.js';

/** A draft analysed and checked: the findings, and everything they were found from (for hovers). */
export interface LintResult {
  diagnostics: Diagnostic[];
  context: RuleContext;
}

/** A compiled model, or a dataset to compile for this one call (compile once for repeated use). */
export type ModelSource = LintModel | ParleyDataset;

const modelFrom = (source: ModelSource): LintModel =>
  source instanceof LintModel ? source : compile(source);

/** Analyses a draft and runs every claim extractor: what rules and hovers share. */
export function check(model: LintModel, text: string, config: Config = {}): RuleContext {
  const analysis: Analysis = analyze(model, text);
  const merged = mergeConfigs(config);
  const claims = {
    figures: figureClaims(model, analysis),
    quotes: quoteClaims(model, analysis),
    dates: dateClaims(model, analysis),
    roles: roleClaims(model, analysis),
  };
  return {
    model,
    analysis,
    ...claims,
    statements: statements(analysis, claims),
    citedBySentence: citedBySentence(analysis),
    directives: new Directives(analysis, isRuleId),
    spellings: { prefer: merged.spellings?.prefer ?? [], accept: merged.spellings?.accept ?? [] },
  };
}

/** Runs the rules over a checked draft, applying severities from the config and inline directives. */
export function diagnose(ctx: RuleContext, config: Config = {}): Diagnostic[] {
  const { lines } = ctx.analysis;
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = config.rules?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    for (const f of rule.check(ctx)) {
      const range = lines.range(f.start, f.end);
      if (ctx.directives.disabled(rule.id, f.start, range.start.line)) continue;
      out.push({
        rule: rule.id,
        severity,
        messageId: f.messageId,
        data: f.data,
        message: formatMessage(rule.messages[f.messageId]!, f.data),
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
 * Checks a Markdown draft against a dataset. Pure: text, model and config in, diagnostics out.
 *
 * @example
 * ```ts
 * import { dataset } from '@parley/dataset';
 * import { compile, lint } from '@parley/lint';
 * const model = compile(dataset); // once
 * lint('Russia launched a record 427 drones at Ukraine, its air force said [@reuters-far-apart].', model);
 * // → [{ rule: 'figure/mismatch', messageId: 'contradicts', message: '“427” contradicts …', … }]
 * ```
 */
export function lint(text: string, source: ModelSource, config: Config = {}): Diagnostic[] {
  return diagnose(check(modelFrom(source), text, config), config);
}

/** Like {@link lint}, also returning the analysis, so a caller can answer hovers without a second pass. */
export function lintWithContext(text: string, source: ModelSource, config: Config = {}): LintResult {
  const context = check(modelFrom(source), text, config);
  return { diagnostics: diagnose(context, config), context };
}
