import { GraphQLError, Kind } from 'graphql';
import { invalidIsoDate } from '../data/dates.js';
import { builder } from './builder.js';

const parse = (value: unknown): string => {
  if (typeof value !== 'string') {
    throw new GraphQLError(
      `IsoDate must be a string such as "2025-06-02", "2025-06" or "2025"; got ${JSON.stringify(value)}.`,
    );
  }
  const problem = invalidIsoDate(value);
  if (problem) throw new GraphQLError(`IsoDate "${value}" ${problem}.`);
  return value;
};

/** Dates as the sources give them, at year, month or day precision. */
export const IsoDate = builder.scalarType('IsoDate', {
  description:
    'An ISO 8601 calendar date at the precision the sources give it: YYYY, YYYY-MM or YYYY-MM-DD. A date known only to the month covers every day of that month.',
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('IsoDate must be a string such as "2025-06-02", "2025-06" or "2025".');
    }
    return parse(ast.value);
  },
});
