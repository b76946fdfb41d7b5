import {
  type Config,
  ConfigError,
  type Diagnostic,
  type Fix,
  type EvidenceRef as LintEvidenceShape,
  lintWithContext,
  type Range,
  type TextEdit,
  validateConfig,
} from '@parley/lint';
import { graph } from '../data/graph.js';
import { badInput } from '../data/pagination.js';
import { builder, COST_PER_1000_CHARACTERS } from './builder.js';
import { RecordRef } from './record.js';
import { SourceRef } from './refs.js';

/** Longest draft `lint` and `hover` accept, in UTF-16 code units (about 30,000 words). */
export const MAX_TEXT_LENGTH = 200_000;

/**
 * The Pothos complexity of a field that checks `text`: 1 for the field, plus its price per 1,000
 * characters. Pothos evaluates it with the request's variables, so a draft sent in variables is priced
 * like an inline one.
 */
export const textComplexity = (args: { text?: unknown }) => ({
  field:
    1 + COST_PER_1000_CHARACTERS * Math.ceil((typeof args.text === 'string' ? args.text.length : 0) / 1000),
  multiplier: 1,
});

/** How serious a finding is. */
export const Severity = builder.enumType('Severity', {
  description: 'How serious a finding is, as in LSP.',
  values: {
    ERROR: { value: 'error', description: 'Wrong: contradicted by the dataset.' },
    WARNING: { value: 'warning', description: 'Probably wrong; worth checking.' },
    INFO: { value: 'info', description: 'Worth knowing.' },
    HINT: { value: 'hint', description: 'A suggestion.' },
  } as const,
});

/** A severity setting in a lint configuration, or off. */
export const RuleSeverity = builder.enumType('RuleSeverity', {
  description: 'The severity a configuration gives a rule, or OFF to turn it off.',
  values: {
    ERROR: { value: 'error', description: 'Report as an error.' },
    WARNING: { value: 'warning', description: 'Report as a warning.' },
    INFO: { value: 'info', description: 'Report as information.' },
    HINT: { value: 'hint', description: 'Report as a hint.' },
    OFF: { value: 'off', description: 'Do not run the rule.' },
  } as const,
});

/** A position in a text, as LSP counts it. */
export const TextPosition = builder.simpleObject('TextPosition', {
  description: 'A position in the text: 0-based line and 0-based UTF-16 character, as in LSP.',
  fields: (t) => ({
    line: t.int({ description: '0-based line.' }),
    character: t.int({ description: '0-based UTF-16 code unit offset within the line.' }),
  }),
});

/** A range of a text. */
export const TextRange = builder.simpleObject('TextRange', {
  description: 'A range of the text, [start, end), in LSP positions.',
  fields: (t) => ({
    start: t.field({ type: TextPosition, description: 'Where the range starts.' }),
    end: t.field({ type: TextPosition, description: 'Where the range ends (exclusive).' }),
  }),
});

const range = (r: Range) => ({ start: { ...r.start }, end: { ...r.end } });

/** The dataset fact a finding relies on. */
export const LintEvidence = builder.objectRef<LintEvidenceShape>('LintEvidence').implement({
  description:
    'The dataset fact a finding relies on: a source, the excerpt that states it and the record it supports.',
  fields: (t) => ({
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: 'The source article.',
      resolve: (e) => graph.get('source', e.source) ?? null,
    }),
    sourceKey: t.exposeString('source', { description: 'Citation key of the source.' }),
    excerpt: t.exposeString('excerpt', { description: 'The excerpt of the source that states the fact.' }),
    record: t.field({
      type: RecordRef,
      nullable: true,
      description: 'The record the evidence belongs to.',
      resolve: (e) => graph.any(e.record) ?? null,
    }),
    recordKey: t.exposeString('record', { description: 'Key of the record the evidence belongs to.' }),
  }),
});

/** One replacement in the draft. */
export const TextEditRef = builder.objectRef<TextEdit>('TextEdit').implement({
  description: 'A replacement of a range of the draft.',
  fields: (t) => ({
    range: t.field({ type: TextRange, description: 'What to replace.', resolve: (e) => range(e.range) }),
    start: t.exposeInt('start', { description: 'UTF-16 offset where the replaced text starts.' }),
    end: t.exposeInt('end', { description: 'UTF-16 offset where the replaced text ends (exclusive).' }),
    newText: t.exposeString('newText', { description: 'The replacement.' }),
  }),
});

/** A fix. */
export const FixRef = builder.objectRef<Fix>('Fix').implement({
  description: 'A fix a writer can apply in one step.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What the fix does, for a menu.' }),
    edits: t.field({
      type: [TextEditRef],
      description: 'The edits, applied together.',
      resolve: (f) => f.edits,
    }),
  }),
});

/** A finding. */
export const DiagnosticRef = builder.objectRef<Diagnostic>('Diagnostic').implement({
  description: 'One finding of the linter, with where it is, why, the evidence and the fixes.',
  fields: (t) => ({
    rule: t.exposeString('rule', {
      description:
        'The id of the rule that found it, such as `figure/mismatch` or `name/spelling` (see `url`).',
    }),
    severity: t.field({ type: Severity, description: 'How serious it is.', resolve: (d) => d.severity }),
    message: t.exposeString('message', {
      description: 'What is wrong and what the dataset records instead.',
    }),
    range: t.field({
      type: TextRange,
      description: 'Where, in 0-based lines and UTF-16 characters (LSP).',
      resolve: (d) => range(d.range),
    }),
    start: t.exposeInt('start', { description: 'UTF-16 offset where the finding starts.' }),
    end: t.exposeInt('end', { description: 'UTF-16 offset where the finding ends (exclusive).' }),
    evidence: t.field({
      type: [LintEvidence],
      description: 'The dataset facts the finding relies on.',
      resolve: (d) => d.evidence,
    }),
    fixes: t.field({ type: [FixRef], description: 'Fixes, when there are any.', resolve: (d) => d.fixes }),
    url: t.exposeString('url', { description: 'The rule’s documentation.' }),
  }),
});

/** A rule setting in a lint configuration. */
export const RuleSetting = builder.inputType('RuleSetting', {
  description: 'The severity of one rule, as in parley.config.json’s `rules`.',
  fields: (t) => ({
    rule: t.string({
      required: true,
      description: 'A rule id, such as `figure/mismatch`; an unknown id is an error that lists them.',
    }),
    severity: t.field({ type: RuleSeverity, required: true, description: 'Its severity, or OFF.' }),
  }),
});

/** Spelling preferences in a lint configuration. */
export const SpellingPreferences = builder.inputType('SpellingPreferences', {
  description: 'House style for spellings, as in parley.config.json’s `spellings`.',
  fields: (t) => ({
    prefer: t.stringList({
      description: 'Spellings that win over other accepted spellings of the same name.',
    }),
    accept: t.stringList({ description: 'Spellings never flagged, deprecated or not.' }),
  }),
});

/** A lint configuration. */
export const LintConfig = builder.inputType('LintConfig', {
  description: 'What parley.config.json sets: rule severities and house-style spellings.',
  fields: (t) => ({
    rules: t.field({
      type: [RuleSetting],
      description: 'Severities of rules; unlisted rules keep their default.',
    }),
    spellings: t.field({ type: SpellingPreferences, description: 'Preferred and accepted spellings.' }),
  }),
});

interface LintConfigInput {
  rules?: { rule: string; severity: string }[] | null;
  spellings?: { prefer?: string[] | null; accept?: string[] | null } | null;
}

/**
 * Turns the GraphQL config into the engine's and checks it with the engine's own validator, so the API
 * accepts exactly what parley.config.json accepts; a problem names the field.
 */
export function toConfig(input: LintConfigInput | null | undefined): Config {
  if (!input) return {};
  const raw: Record<string, unknown> = {};
  if (input.rules) {
    const rules: Record<string, string> = {};
    for (const { rule, severity } of input.rules) {
      if (rule in rules)
        throw badInput(`config.rules: "${rule}" is set twice.`, {
          argument: 'config',
          field: `rules.${rule}`,
        });
      rules[rule] = severity;
    }
    raw.rules = rules;
  }
  if (input.spellings) {
    const spellings: Record<string, string[]> = {};
    if (input.spellings.prefer) spellings.prefer = input.spellings.prefer;
    if (input.spellings.accept) spellings.accept = input.spellings.accept;
    raw.spellings = spellings;
  }
  try {
    return validateConfig(raw);
  } catch (e) {
    if (e instanceof ConfigError)
      throw badInput(`config.${e.message}`, { argument: 'config', field: e.field });
    throw e;
  }
}

/** Rejects drafts over the size limit with a message that gives it. */
export function checkText(text: string): void {
  if (text.length > MAX_TEXT_LENGTH) {
    throw badInput(`\`text\` is ${text.length} characters long; the limit is ${MAX_TEXT_LENGTH}.`, {
      argument: 'text',
    });
  }
}

builder.queryField('lint', (t) =>
  t.field({
    type: [DiagnosticRef],
    description:
      'Checks a Markdown draft against the dataset with the Parley linter: every finding, in text order, with its range (0-based lines and UTF-16 characters, as in LSP), rule, message, evidence and fixes.',
    complexity: textComplexity,
    args: {
      text: t.arg.string({
        required: true,
        description: `The draft, Markdown (at most ${MAX_TEXT_LENGTH} characters).`,
      }),
      config: t.arg({
        type: LintConfig,
        description: 'Rule severities and spellings, as in parley.config.json.',
      }),
    },
    resolve: (_root, { text, config }) => {
      checkText(text);
      return lintWithContext(text, graph.model, toConfig(config)).diagnostics;
    },
  }),
);
