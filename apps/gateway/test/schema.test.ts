import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildASTSchema,
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  Kind,
  parse,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { readOperations } from '../src/server/operations.js';
import { checkAgainstBase, compareSchemas, printSorted, readAllowed } from '../src/tools/schema-check.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('schema.graphql', () => {
  it('is the printed, sorted schema of the code (regenerate: node scripts/check-schema.mjs --write)', () => {
    expect(readFileSync(`${root}schema.graphql`, 'utf8')).toBe(printSorted(schema));
  });

  it('describes every type, field, argument and input field', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type) && type.getValues().length === 0) missing.push(`${type.name} (no values)`);
    }
    expect(missing).toEqual([]);
  });

  it('accepts every example operation (GraphiQL tabs, allow-list)', () => {
    const ops = readOperations();
    expect(ops.length).toBeGreaterThanOrEqual(4);
    for (const op of ops) expect(validate(schema, parse(op.document)), op.file).toEqual([]);
  });
});

describe('breaking changes (graphql-inspector)', () => {
  const base = buildSchema(readFileSync(`${root}schema.graphql`, 'utf8'));
  /** The schema without one field of one type, as if a change had removed it. */
  const without = (s: GraphQLSchema, typeName: string, field: string): GraphQLSchema => {
    const doc = parse(printSorted(s));
    return buildASTSchema({
      ...doc,
      definitions: doc.definitions.map((d) =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typeName
          ? { ...d, fields: d.fields?.filter((f) => f.name.value !== field) }
          : d,
      ),
    });
  };

  it('flags a removed field as breaking, unless it is marked as intended', async () => {
    const current = without(base, 'Query', 'people');
    const flagged = await compareSchemas(base, current, []);
    expect(flagged.breaking.map((c) => `${c.type} ${c.path}`)).toEqual(['FIELD_REMOVED Query.people']);
    const marked = await compareSchemas(base, current, [
      { type: 'FIELD_REMOVED', path: 'Query.people', reason: 'test' },
    ]);
    expect(marked.breaking).toEqual([]);
    expect(marked.allowed.length).toBe(1);
  });

  it('finds no unintended breaking change against the schema committed on main', async () => {
    const result = await checkAgainstBase({
      current: schema,
      base: process.env.SCHEMA_BASE_REF || undefined,
      cwd: root,
      allowedFile: `${root}schema-changes.allowed.json`,
    });
    expect(result.breaking.map((c) => `${c.type} ${c.path}: ${c.message}`)).toEqual([]);
  });

  it('reads the allow-list of intended changes', () => {
    expect(Array.isArray(readAllowed(`${root}schema-changes.allowed.json`))).toBe(true);
  });
});
