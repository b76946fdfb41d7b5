import { expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type * as S from '../schema/index.js';
import type * as T from '../src/generated/types.js';
import { index } from '../src/index.js';

// The generated types, which consumers get, and the zod schema, which validates the data, must agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
test('generated types agree with the schema', () => {
  expectTypeOf<Same<T.Source, z.output<typeof S.Source>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Person, z.output<typeof S.Person>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Organisation, z.output<typeof S.Organisation>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Place, z.output<typeof S.Place>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Event, z.output<typeof S.Event>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Role, z.output<typeof S.Role>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Quantity, z.output<typeof S.Quantity>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Figure, z.output<typeof S.Figure>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Quote, z.output<typeof S.Quote>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Position, z.output<typeof S.Position>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.Biography, z.output<typeof S.Biography>>>().toEqualTypeOf<true>();
  expectTypeOf<Same<T.ParleyDataset, z.output<typeof S.Dataset>>>().toEqualTypeOf<true>();
});

test('a literal id that is no record’s fails to compile; a run-time string is accepted', () => {
  // @ts-expect-error: the day is written 6-01, not 06-01
  index.reportsOf('drones-launched-overnight-2025-6-01');
  // @ts-expect-error: a place is not a person
  index.person('kyiv');
  index.reportsOf('drones-launched-overnight-2025-06-01');
  const read: string = process.argv[2] ?? 'kyiv';
  expectTypeOf(index.place(read)).toEqualTypeOf<T.Place | undefined>();
});
