// The data and variables types of a generated GraphQL document, without repeating its fields by hand.
import type { TypedDocumentNode } from '@apollo/client';

export type ResultOf<D> = D extends TypedDocumentNode<infer R, infer _V> ? R : never;
export type VariablesOf<D> = D extends TypedDocumentNode<unknown, infer V> ? V : never;
