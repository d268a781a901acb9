// Test helpers that need no UI framework; React's live in `@onestop/shared/testing/react`.
export {
  createFakeGraphqlServer,
  errorResponse,
  type GraphqlResponseBody,
  type OperationHandler,
  type RecordedRequest,
} from './fake-graphql-server.js';
export {
  createFakeGraphqlWebSocket,
  type FakeGraphqlWebSocket,
  type FakeSubscription,
} from './fake-graphql-websocket.js';
export { labelInNameProblems } from './label-in-name.js';
