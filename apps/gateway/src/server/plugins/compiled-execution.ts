import type { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { isPromise, type Plugin } from 'graphql-yoga';

/** How many operations each executor ran: for tests, which must see the compiled path actually taken. */
export interface ExecutionCounts {
  compiled: number;
  graphqlJs: number;
}

/**
 * Executes repeated documents with graphql-jit: a function compiled per document and operation instead of
 * graphql-js walking the document on every request.
 *
 * Why not `@envelop/graphql-jit`: it keeps one compiled query per document whatever the operation name (a
 * document with `query A` and `query B` would answer B with A once A ran), and it pins graphql-jit 0.8.7, a
 * second copy beside the gateway's.
 *
 * Nothing is keyed by operation text: compiled queries hang off the parsed document in a WeakMap, so they
 * live exactly as long as the document does. Documents that are reused are the ones Yoga's parser cache
 * keeps (bounded, and never holding drafts: see document-cache.ts); a document parsed afresh for each
 * request (a draft inline in the query) runs once, on graphql-js, and is never compiled, since compiling
 * costs more than one execution.
 *
 * Must come before the response cache in the plugin list: envelop hands each plugin the execute function
 * set before it, and the response cache wraps this one (with its own copy of the document).
 */
export function useCompiledExecution(counts: ExecutionCounts = { compiled: 0, graphqlJs: 0 }): Plugin {
  /** Documents executed once; the second execution compiles. */
  const seen = new WeakSet<DocumentNode>();
  /** Per document, per operation name: the compiled query, or null where graphql-jit cannot compile it. */
  const compiled = new WeakMap<DocumentNode, Map<string | undefined, CompiledQuery | null>>();

  const compiledFor = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
  ): CompiledQuery | null | undefined => {
    let byName = compiled.get(document);
    if (!byName) {
      if (!seen.has(document)) {
        seen.add(document);
        return undefined;
      }
      byName = new Map();
      compiled.set(document, byName);
    }
    let query = byName.get(operationName);
    if (query === undefined) {
      try {
        const out = compileQuery(schema, document, operationName);
        query = isCompiledQuery(out) ? out : null;
      } catch {
        // An operation graphql-jit cannot compile still runs, on graphql-js, with graphql-js's errors.
        query = null;
      }
      byName.set(operationName, query);
    }
    return query;
  };

  return {
    onExecute({ executeFn, setExecuteFn }) {
      // graphql-jit words errors its own way (no locations, another key order, variable errors without the
      // HTTP 400 Yoga gives graphql-js's), so an answer with errors is executed again by graphql-js, which
      // stays the reference for every answer that is not a plain success. Resolvers are pure reads of an
      // immutable dataset, so running them twice changes nothing but the time an erring request takes.
      const reference = (args: ExecutionArgs) => {
        counts.graphqlJs++;
        return executeFn(args);
      };
      setExecuteFn((args: ExecutionArgs) => {
        const query = compiledFor(args.schema, args.document, args.operationName ?? undefined);
        if (!query) {
          counts.graphqlJs++;
          return executeFn(args);
        }
        counts.compiled++;
        const result = query.query(args.rootValue, args.contextValue, args.variableValues) as
          | ExecutionResult
          | Promise<ExecutionResult>;
        return isPromise(result)
          ? result.then((r) => (r.errors?.length ? reference(args) : r))
          : result.errors?.length
            ? reference(args)
            : result;
      });
    },
  };
}
