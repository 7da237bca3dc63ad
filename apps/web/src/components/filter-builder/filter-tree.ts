// The filter builder's editable tree and its conversion to and from the ClientFilter language.
import { valueArity, type ClientFilter, type FilterOp, type PersonFilter, type ValueType } from '@veza/shared';
import type { Scope, Subject } from './filter-subjects.ts';

/** What the value inputs hold: text for one value, a list, a [from, to] pair, or a yes/no. */
export type EditorValue = string | string[] | [string, string] | boolean | null;

export interface GroupNode {
  id: string;
  type: 'group';
  combinator: 'and' | 'or';
  negated: boolean;
  children: EditorNode[];
}

export interface ConditionNode {
  id: string;
  type: 'condition';
  negated: boolean;
  /** A Subject id; '' until the user picks one. */
  subject: string;
  op: FilterOp | null;
  value: EditorValue;
  /** The person conditions of a "has a contact person with…" condition. */
  person?: GroupNode;
  /** A node the builder cannot edit (e.g. an activity condition from an API client), kept as it was. */
  raw?: ClientFilter;
}

export type EditorNode = GroupNode | ConditionNode;
export type AnyFilter = ClientFilter & PersonFilter;

let counter = 0;
export const nextId = () => `n${++counter}`;

export function newGroup(combinator: 'and' | 'or' = 'and', children: EditorNode[] = []): GroupNode {
  return { id: nextId(), type: 'group', combinator, negated: false, children };
}

export function newCondition(): ConditionNode {
  return { id: nextId(), type: 'condition', negated: false, subject: '', op: null, value: null };
}

/** The empty value an operator's input starts with. */
export function emptyValue(op: FilterOp | null, valueType: ValueType | undefined): EditorValue {
  if (!op) return null;
  switch (valueArity(op)) {
    case 'none':
      return null;
    case 'list':
      return [];
    case 'pair':
      return ['', ''];
    default:
      return valueType === 'boolean' && valueArity(op) === 'one' ? true : '';
  }
}

function scalar(type: ValueType, raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  if (type === 'integer' || type === 'decimal') {
    const text = raw.trim().replace(',', '.');
    const n = Number(text);
    return text !== '' && Number.isFinite(n) ? n : raw;
  }
  return raw;
}

function days(raw: unknown): unknown {
  return typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
}

/** The filter value for what the inputs hold, typed for the operator and the subject's value type. */
export function toFilterValue(op: FilterOp, type: ValueType, value: EditorValue): unknown {
  const one = type === 'multiChoice' ? 'choice' : type;
  switch (valueArity(op)) {
    case 'none':
      return undefined;
    case 'days':
      return days(value);
    case 'list':
      return (Array.isArray(value) ? value : []).map((v) => scalar(one, v));
    case 'pair':
      return (Array.isArray(value) ? value : ['', '']).map((v) => scalar(type, v));
    default:
      return scalar(one, value);
  }
}

function fromFilterValue(value: unknown): EditorValue {
  if (value == null) return null;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => String(v));
  return String(value);
}

export interface Conversion {
  filter: AnyFilter | null;
  /** Filter path ('' for the root, 'and.1', 'and.1.person.or.0'…) of each node. */
  paths: Map<string, string>;
}

type Lookup = (scope: Scope, subject: string) => Subject | undefined;

const join = (path: string, ...parts: (string | number)[]) => [path, ...parts].filter((p) => p !== '').join('.');

function conditionFilter(node: ConditionNode, scope: Scope, lookup: Lookup, path: string, paths: Map<string, string>) {
  if (node.raw) return node.raw as AnyFilter;
  const subject = lookup(scope, node.subject);
  if (!subject) return null;
  if (subject.special === 'search') return { search: typeof node.value === 'string' ? node.value : '' };
  if (subject.special === 'notContacted') return { notContactedInDays: days(node.value) as number };
  if (subject.special === 'person') {
    const inner = node.person ? nodeFilter(node.person, 'person', lookup, join(path, 'person'), paths) : null;
    return { person: inner ?? {} } as AnyFilter;
  }
  if (!node.op) return null;
  const value = toFilterValue(node.op, subject.valueType, node.value);
  const condition = { op: node.op, ...(value === undefined ? {} : { value }) };
  if (subject.id.startsWith('attr:')) return { attribute: { key: subject.id.slice(5), ...condition } } as AnyFilter;
  return { field: { field: subject.id.slice(6), ...condition } } as AnyFilter;
}

function nodeFilter(
  node: EditorNode,
  scope: Scope,
  lookup: Lookup,
  path: string,
  paths: Map<string, string>,
): AnyFilter | null {
  paths.set(node.id, path);
  const inner = node.negated ? join(path, 'not') : path;
  let filter: AnyFilter | null;
  if (node.type === 'group') {
    const children = node.children
      .map((child, i) => nodeFilter(child, scope, lookup, join(inner, node.combinator, i), paths))
      .filter((f): f is AnyFilter => f !== null);
    filter = children.length ? ({ [node.combinator]: children } as AnyFilter) : null;
  } else {
    filter = conditionFilter(node, scope, lookup, inner, paths);
  }
  return filter && node.negated ? { not: filter } : filter;
}

/** The ClientFilter the tree describes (null when empty), with each node's path for error messages. */
export function treeToFilter(root: GroupNode, lookup: Lookup): Conversion {
  const paths = new Map<string, string>();
  return { filter: nodeFilter(root, 'client', lookup, '', paths), paths };
}

function parseCondition(filter: AnyFilter): ConditionNode {
  const node = newCondition();
  if (filter.search != null) return { ...node, subject: 'search', value: filter.search };
  if (filter.notContactedInDays != null)
    return { ...node, subject: 'notContacted', value: String(filter.notContactedInDays) };
  if (filter.person) return { ...node, subject: 'person', person: asGroup(parseNode(filter.person as AnyFilter)) };
  if (filter.field) {
    const { field, op, value } = filter.field;
    return { ...node, subject: `field:${field}`, op, value: fromFilterValue(value) };
  }
  if (filter.attribute) {
    const { key, op, value } = filter.attribute;
    return { ...node, subject: `attr:${key}`, op, value: fromFilterValue(value) };
  }
  return { ...node, raw: filter };
}

function parseNode(filter: AnyFilter): EditorNode {
  if (filter.not) {
    const inner = parseNode(filter.not as AnyFilter);
    return { ...inner, negated: !inner.negated };
  }
  if (filter.and) return newGroup('and', (filter.and as AnyFilter[]).map(parseNode));
  if (filter.or) return newGroup('or', (filter.or as AnyFilter[]).map(parseNode));
  return parseCondition(filter);
}

function asGroup(node: EditorNode): GroupNode {
  return node.type === 'group' ? node : newGroup('and', [node]);
}

/** The editable tree for a filter; the root is always a group. */
export function filterToTree(filter: ClientFilter | null | undefined): GroupNode {
  return filter ? asGroup(parseNode(filter as AnyFilter)) : newGroup('and');
}
