import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * How large one operation may be, over HTTP and WebSocket alike. Every document the apps send
 * stays well inside (a test validates them all); a hostile one — deeply nested, aliased a
 * thousand times, costly to resolve — is refused before anything runs, with BAD_USER_INPUT.
 */
export const operationLimits = {
  /** Nesting of selections: the apps' deepest documents are 7 levels deep. */
  maxDepth: 12,
  /** Aliases in one operation. */
  maxAliases: 20,
  /** graphql-armor's cost: objects 2, scalars 1, each level deeper × 1.5. */
  maxCost: 20_000,
  maxDirectives: 20,
  /** A request body (HTTP) or WebSocket message, in bytes. */
  maxBytes: 100 * 1024,
} as const;

/**
 * The validation rules that enforce {@link operationLimits}, after GraphQL's own; in production
 * also no introspection (the contract is published; a production server need not describe itself
 * to whoever asks).
 */
export function operationLimitRules(production: boolean): ValidationRule[] {
  // Limits are not told to the caller: a probing client learns only that it went too far. A
  // refusal is reported as a validation error (graphql-armor would otherwise throw it, which
  // servers take for a crash).
  const quiet = {
    exposeLimits: false,
    errorMessage: 'Query refused: too large',
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  return [
    maxDepthRule({ n: operationLimits.maxDepth, ...quiet }),
    maxAliasesRule({ n: operationLimits.maxAliases, ...quiet }),
    costLimitRule({ maxCost: operationLimits.maxCost, ...quiet }),
    maxDirectivesRule({ n: operationLimits.maxDirectives, ...quiet }),
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
}

/** GraphQL's validation with the limits added: what graphql-ws runs for each subscribe message. */
export function validatorWithLimits(
  production: boolean,
): (schema: GraphQLSchema, document: DocumentNode) => ReturnType<typeof validate> {
  const rules = [...specifiedRules, ...operationLimitRules(production)];
  return (schema, document) => validate(schema, document, rules);
}

/**
 * Subscriptions are served over WebSocket only. Over HTTP graphql-js would run a subscription's
 * resolver without an event to resolve and fail with INTERNAL; it is refused as a bad request.
 */
export const subscriptionsOnlyOverWebSocket: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION) {
      context.reportError(new GraphQLError('Subscriptions are served over WebSocket', { nodes: node }));
    }
  },
});
