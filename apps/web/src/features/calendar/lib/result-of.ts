// The data type of a generated GraphQL document (a fragment's fields without repeating them by hand).
import type { TypedDocumentNode } from '@apollo/client';

export type ResultOf<D> = D extends TypedDocumentNode<infer R, infer _V> ? R : never;
