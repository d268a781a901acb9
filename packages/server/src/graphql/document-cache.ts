import {
  parse,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type ParseOptions,
  type Source,
} from 'graphql';

/** Distinct documents kept: the apps send a few dozen; a hostile caller cannot grow it past this. */
const maxCachedDocuments = 500;
/** Longer texts are parsed each time: the apps' documents are a few hundred bytes. */
const maxCachedTextLength = 16 * 1024;

/**
 * One parsed document per distinct text, shared by every WebSocket subscriber that sends it: ten
 * thousand displays sending the same `boardUpdated` hold one syntax tree, not ten thousand (a
 * tree keeps its tokens and locations, kilobytes each). Least recently used texts go first.
 */
export function cachedParser(): (text: string | Source, options?: ParseOptions) => DocumentNode {
  const documents = new Map<string, DocumentNode>();
  return (text, options) => {
    if (typeof text !== 'string' || options || text.length > maxCachedTextLength) return parse(text, options);
    const cached = documents.get(text);
    if (cached) {
      // Map keeps insertion order: re-inserting marks it as recently used.
      documents.delete(text);
      documents.set(text, cached);
      return cached;
    }
    const document = parse(text);
    documents.set(text, document);
    if (documents.size > maxCachedDocuments) documents.delete(documents.keys().next().value!);
    return document;
  };
}

/** Validation per document, remembered: the schema and the rules never change while the server runs. */
export function cachedValidator(
  validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[],
): (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[] {
  const verdicts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly GraphQLError[]>>();
  return (schema, document) => {
    let bySchema = verdicts.get(schema);
    if (!bySchema) {
      bySchema = new WeakMap();
      verdicts.set(schema, bySchema);
    }
    let errors = bySchema.get(document);
    if (!errors) {
      errors = validate(schema, document);
      bySchema.set(document, errors);
    }
    return errors;
  };
}
