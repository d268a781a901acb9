/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query VisibleHalls {\n    halls {\n      id\n      name\n    }\n  }\n": typeof types.VisibleHallsDocument,
    "\n  query StaffList {\n    staff {\n      id\n      username\n      displayName\n      role\n      active\n    }\n  }\n": typeof types.StaffListDocument,
    "\n  query HallDevices($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n    }\n    devices(hallId: $hallId) {\n      id\n      name\n      role\n      online\n      lastSeenAt\n      revoked\n    }\n  }\n": typeof types.HallDevicesDocument,
    "\n  query CounterHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      counters {\n        id\n        label\n        status\n        services {\n          rank\n          service {\n            id\n            name\n            prefix\n          }\n        }\n      }\n    }\n  }\n": typeof types.CounterHallDocument,
    "\n  query ManagedHalls {\n    halls {\n      id\n      code\n      name\n      nameEn\n      timezone\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ManagedHallsDocument,
    "\n  fragment StaffSessionFields on Staff {\n    id\n    username\n    displayName\n    role\n    halls {\n      id\n      name\n    }\n  }\n": typeof types.StaffSessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...StaffSessionFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      staff {\n        ...StaffSessionFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query VisibleHalls {\n    halls {\n      id\n      name\n    }\n  }\n": types.VisibleHallsDocument,
    "\n  query StaffList {\n    staff {\n      id\n      username\n      displayName\n      role\n      active\n    }\n  }\n": types.StaffListDocument,
    "\n  query HallDevices($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n    }\n    devices(hallId: $hallId) {\n      id\n      name\n      role\n      online\n      lastSeenAt\n      revoked\n    }\n  }\n": types.HallDevicesDocument,
    "\n  query CounterHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      counters {\n        id\n        label\n        status\n        services {\n          rank\n          service {\n            id\n            name\n            prefix\n          }\n        }\n      }\n    }\n  }\n": types.CounterHallDocument,
    "\n  query ManagedHalls {\n    halls {\n      id\n      code\n      name\n      nameEn\n      timezone\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.ManagedHallsDocument,
    "\n  fragment StaffSessionFields on Staff {\n    id\n    username\n    displayName\n    role\n    halls {\n      id\n      name\n    }\n  }\n": types.StaffSessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...StaffSessionFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      staff {\n        ...StaffSessionFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleHalls {\n    halls {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query VisibleHalls {\n    halls {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffList {\n    staff {\n      id\n      username\n      displayName\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  query StaffList {\n    staff {\n      id\n      username\n      displayName\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallDevices($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n    }\n    devices(hallId: $hallId) {\n      id\n      name\n      role\n      online\n      lastSeenAt\n      revoked\n    }\n  }\n"): (typeof documents)["\n  query HallDevices($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n    }\n    devices(hallId: $hallId) {\n      id\n      name\n      role\n      online\n      lastSeenAt\n      revoked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      counters {\n        id\n        label\n        status\n        services {\n          rank\n          service {\n            id\n            name\n            prefix\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CounterHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      counters {\n        id\n        label\n        status\n        services {\n          rank\n          service {\n            id\n            name\n            prefix\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedHalls {\n    halls {\n      id\n      code\n      name\n      nameEn\n      timezone\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagedHalls {\n    halls {\n      id\n      code\n      name\n      nameEn\n      timezone\n      parent {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSessionFields on Staff {\n    id\n    username\n    displayName\n    role\n    halls {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StaffSessionFields on Staff {\n    id\n    username\n    displayName\n    role\n    halls {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...StaffSessionFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...StaffSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      staff {\n        ...StaffSessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      staff {\n        ...StaffSessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;