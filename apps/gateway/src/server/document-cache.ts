import { type DocumentNode, Kind, visit } from 'graphql';
import type { YogaServerOptions } from 'graphql-yoga';
import { UNCACHED_QUERY_FIELDS } from './cache.js';

/** Longest operation text whose parsed document (or parse error) is kept: real operations are far shorter. */
export const MAX_KEPT_DOCUMENT_LENGTH = 4096;

/** Most parsed documents kept; the least recently used goes first. */
export const MAX_KEPT_DOCUMENTS = 512;

const DRAFT_FIELDS = new Set(UNCACHED_QUERY_FIELDS);
const MENTIONS_DRAFT_FIELD = new RegExp(`\\b(?:${UNCACHED_QUERY_FIELDS.join('|')})\\b`);

/**
 * Whether a document carries a draft in its text: a `lint` or `hover` field whose `text` is written
 * inline rather than as a variable. `query($text: String!) { lint(text: $text) { rule } }` carries none and
 * may be kept; `{ lint(text: "…") { rule } }` is a draft and must not outlive its request.
 */
export function carriesDraft(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (
        DRAFT_FIELDS.has(node.name.value) &&
        node.arguments?.some((a) => a.name.value === 'text' && a.value.kind !== Kind.VARIABLE)
      ) {
        found = true;
      }
    },
  });
  return found;
}

/** An LRU over a Map (insertion order is recency order): what Yoga's cache interface needs, nothing more. */
class Recent<V> {
  readonly #entries = new Map<string, V>();
  constructor(readonly max: number) {}
  get size(): number {
    return this.#entries.size;
  }
  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.max) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(key, value);
  }
}

/** Yoga's parser and validation cache, and what it holds (for tests that check nothing grows). */
export interface DocumentCache {
  /** For createYoga's `parserAndValidationCache`. */
  options: Exclude<YogaServerOptions<object, object>['parserAndValidationCache'], boolean | undefined>;
  /** Documents kept now. */
  readonly documents: number;
  /** Parse errors kept now. */
  readonly errors: number;
}

/**
 * Yoga's parser and validation cache (parsing and validating a repeated operation once), with caches that
 * never keep a draft: a document is kept only when its text is short and it carries no draft
 * ({@link carriesDraft}); a parse error (which holds the whole text) only when the text is short and names
 * neither `lint` nor `hover`. Validation results are kept by Yoga in a WeakMap of documents, so they go
 * with the document.
 */
export function createDocumentCache(): DocumentCache {
  const documents = new Recent<DocumentNode>(MAX_KEPT_DOCUMENTS);
  const errors = new Recent<unknown>(MAX_KEPT_DOCUMENTS);
  return {
    options: {
      documentCache: {
        get: (text) => documents.get(text),
        set: (text, document) => {
          if (text.length <= MAX_KEPT_DOCUMENT_LENGTH && !carriesDraft(document))
            documents.set(text, document);
        },
      },
      errorCache: {
        get: (text) => errors.get(text),
        set: (text, error) => {
          if (text.length <= MAX_KEPT_DOCUMENT_LENGTH && !MENTIONS_DRAFT_FIELD.test(text))
            errors.set(text, error);
        },
      },
      validationCache: true,
    },
    get documents() {
      return documents.size;
    },
    get errors() {
      return errors.size;
    },
  };
}
