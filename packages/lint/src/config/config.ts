import { isRuleId, ruleIdList } from '../rules/ids.js';
import type { RuleId, Severity } from '../rules/types.js';

/** `parley.config.json`: rule severities (or off), house-style and extra accepted spellings. */
export interface Config {
  rules?: Partial<Record<RuleId, Severity | 'off'>>;
  spellings?: { prefer?: string[]; accept?: string[] };
}

/** A configuration problem, naming the field. */
export class ConfigError extends Error {
  constructor(
    readonly field: string,
    problem: string,
    readonly file?: string,
  ) {
    super(`${file ? `${file}: ` : ''}${field}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** Checks a parsed configuration object; throws a ConfigError naming the file and the field. */
export function validateConfig(value: unknown, file?: string): Config {
  const fail = (field: string, problem: string): never => {
    throw new ConfigError(field, problem, file);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail('(root)', 'must be a JSON object');
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) {
    if (key !== 'rules' && key !== 'spellings' && key !== '$schema')
      fail(key, 'is not a known setting (rules, spellings)');
  }
  const out: Config = {};
  if (v.rules !== undefined) {
    if (typeof v.rules !== 'object' || v.rules === null || Array.isArray(v.rules))
      fail('rules', 'must be an object of rule id to severity');
    out.rules = {};
    for (const [id, sev] of Object.entries(v.rules as Record<string, unknown>)) {
      if (!isRuleId(id)) fail(`rules.${id}`, `is not a rule; rules are ${ruleIdList.join(', ')}`);
      if (typeof sev !== 'string' || !SEVERITIES.includes(sev))
        fail(`rules.${id}`, `must be one of ${SEVERITIES.join(', ')}`);
      out.rules[id as RuleId] = sev as Severity | 'off';
    }
  }
  if (v.spellings !== undefined) {
    if (typeof v.spellings !== 'object' || v.spellings === null || Array.isArray(v.spellings))
      fail('spellings', 'must be an object with prefer and accept');
    const s = v.spellings as Record<string, unknown>;
    out.spellings = {};
    for (const key of Object.keys(s)) {
      if (key !== 'prefer' && key !== 'accept')
        fail(`spellings.${key}`, 'is not a known setting (prefer, accept)');
      const list = s[key];
      if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.trim() === '')) {
        fail(`spellings.${key}`, 'must be an array of non-empty strings');
      }
      out.spellings[key as 'prefer' | 'accept'] = list as string[];
    }
  }
  return out;
}

/** Parses the text of a config file; JSON syntax errors name the file and the position. */
export function parseConfig(text: string, file?: string): Config {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError('(syntax)', `invalid JSON: ${(e as Error).message}`, file);
  }
  return validateConfig(value, file);
}

/** Later configs override earlier ones (workspace file, then editor settings). */
export function mergeConfigs(...configs: (Config | undefined)[]): Config {
  const out: Config = { rules: {}, spellings: { prefer: [], accept: [] } };
  for (const c of configs) {
    if (!c) continue;
    Object.assign(out.rules!, c.rules);
    out.spellings!.prefer!.push(...(c.spellings?.prefer ?? []));
    out.spellings!.accept!.push(...(c.spellings?.accept ?? []));
  }
  return out;
}
