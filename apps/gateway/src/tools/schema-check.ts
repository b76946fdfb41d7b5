import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The schema as committed: printed with its types and fields in lexicographic order. */
export const printSorted = (schema: GraphQLSchema): string =>
  `${printSchema(lexicographicSortSchema(schema))}\n`;

/** A breaking change marked as intended in `schema-changes.allowed.json`. */
export interface AllowedChange {
  /** Change type, as graphql-inspector names it (FIELD_REMOVED, …). */
  type: string;
  /** Schema coordinate it applies to (Query.people, Person.name.first …). */
  path: string;
  /** Why it is intended; reviewers read this. */
  reason: string;
}

/** What the check found. */
export interface SchemaCheck {
  /** The ref compared against, or undefined when there was nothing to compare against. */
  base: string | undefined;
  breaking: Change[];
  /** Breaking changes that are marked as intended. */
  allowed: Change[];
  dangerous: Change[];
  safe: Change[];
}

/** Reads and checks the allow-list of intended breaking changes. */
export function readAllowed(file: string): AllowedChange[] {
  if (!existsSync(file)) return [];
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { allowed?: unknown };
  if (!Array.isArray(raw.allowed))
    throw new Error(`${file}: expected {"allowed": [{"type", "path", "reason"}]}`);
  return raw.allowed.map((a, i) => {
    const e = a as Partial<AllowedChange>;
    if (
      typeof e.type !== 'string' ||
      typeof e.path !== 'string' ||
      typeof e.reason !== 'string' ||
      !e.reason.trim()
    ) {
      throw new Error(`${file}: allowed[${i}] needs a type, a path and a reason`);
    }
    return e as AllowedChange;
  });
}

/**
 * Compares a schema with a base one (graphql-inspector) and sorts the changes: breaking ones not marked as
 * intended, intended ones, dangerous ones (which can break clients in edge cases) and safe ones.
 */
export async function compareSchemas(
  base: GraphQLSchema,
  current: GraphQLSchema,
  allowed: readonly AllowedChange[],
): Promise<Omit<SchemaCheck, 'base'>> {
  const changes = await diff(base, current);
  const isAllowed = (c: Change) => allowed.some((a) => a.type === c.type && a.path === c.path);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    breaking: breaking.filter((c) => !isAllowed(c)),
    allowed: breaking.filter(isAllowed),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
  };
}

/** The schema.graphql committed at a git ref, or undefined when git, the ref or the file is not there. */
export function schemaAt(ref: string, repoPath: string, cwd: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${ref}:${repoPath}`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

const revParse = (ref: string, cwd: string): string | undefined => {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
};

/**
 * The breaking-change check against main: compares `current` with the schema.graphql committed on `base`
 * (main by default). On main itself, where that would compare the commit with itself, it compares with
 * main's previous commit. Returns `base: undefined` when there is no committed schema to compare with
 * (no git, a shallow clone without the ref, or the gateway's first commit).
 */
export async function checkAgainstBase(options: {
  current: GraphQLSchema;
  base?: string;
  cwd: string;
  repoPath?: string;
  allowedFile: string;
}): Promise<SchemaCheck> {
  const repoPath = options.repoPath ?? 'apps/gateway/schema.graphql';
  let base = options.base ?? 'main';
  const head = revParse('HEAD', options.cwd);
  if (!options.base && head && head === revParse(base, options.cwd)) base = `${base}~1`;
  const text = schemaAt(base, repoPath, options.cwd);
  if (text === undefined) return { base: undefined, breaking: [], allowed: [], dangerous: [], safe: [] };
  const result = await compareSchemas(buildSchema(text), options.current, readAllowed(options.allowedFile));
  return { base, ...result };
}
