// Checks a filter tree before it is applied and puts each problem (ours, zod's or the server's) on its node.
import { ClientFilterInput, valueArity, type ClientFilter } from '@veza/shared';
import type { Scope, Subject } from './filter-subjects.ts';
import { treeToFilter, type ConditionNode, type EditorNode, type GroupNode } from './filter-tree.ts';

export type ErrorPart = 'node' | 'op' | 'value';
export interface NodeError {
  part: ErrorPart;
  /** An i18n key or plain server text. */
  message: string;
}
export type NodeErrors = Map<string, NodeError[]>;

/** A problem at a filter path, e.g. from the API's `extensions.field` ("and.1.attribute.value"). */
export interface PathError {
  path: string;
  message: string;
}

type Lookup = (scope: Scope, subject: string) => Subject | undefined;

function add(errors: NodeErrors, id: string, error: NodeError) {
  errors.set(id, [...(errors.get(id) ?? []), error]);
}

function isBlank(value: ConditionNode['value']): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0 || value.some((v) => v.trim() === '');
  return false;
}

function checkCondition(node: ConditionNode, scope: Scope, lookup: Lookup, errors: NodeErrors) {
  if (node.raw) return;
  const subject = lookup(scope, node.subject);
  if (!subject) return add(errors, node.id, { part: 'node', message: 'filter.errors.chooseField' });
  if (subject.special === 'person') {
    if (!node.person || node.person.children.length === 0)
      return add(errors, node.id, { part: 'node', message: 'filter.errors.emptyPerson' });
    return checkNode(node.person, 'person', lookup, errors);
  }
  if (subject.special) {
    if (isBlank(node.value)) add(errors, node.id, { part: 'value', message: 'validation.required' });
    return;
  }
  if (!node.op) return add(errors, node.id, { part: 'op', message: 'filter.errors.chooseOperator' });
  if (valueArity(node.op) !== 'none' && isBlank(node.value))
    add(errors, node.id, { part: 'value', message: 'validation.required' });
}

function checkNode(node: EditorNode, scope: Scope, lookup: Lookup, errors: NodeErrors) {
  if (node.type === 'group') node.children.forEach((c) => checkNode(c, scope, lookup, errors));
  else checkCondition(node, scope, lookup, errors);
}

/** Puts each path error on the node whose path is the longest prefix of it. */
export function errorsByNode(paths: Map<string, string>, pathErrors: PathError[]): NodeErrors {
  const errors: NodeErrors = new Map();
  for (const error of pathErrors) {
    let best: { id: string; path: string } | null = null;
    for (const [id, path] of paths) {
      const prefix = path === '' || error.path === path || error.path.startsWith(`${path}.`);
      if (prefix && (!best || path.length > best.path.length)) best = { id, path };
    }
    if (!best) continue;
    const rest = error.path.slice(best.path.length);
    const part: ErrorPart = /(^|\.)value(\.|$)/.test(rest) ? 'value' : /(^|\.)op$/.test(rest) ? 'op' : 'node';
    add(errors, best.id, { part, message: error.message });
  }
  return errors;
}

export type Validation = { ok: true; filter: ClientFilter | null } | { ok: false; errors: NodeErrors };

/** The filter to apply, or the problems by node: first incomplete conditions, then the shared schema's rules. */
export function validateTree(root: GroupNode, lookup: Lookup): Validation {
  const errors: NodeErrors = new Map();
  checkNode(root, 'client', lookup, errors);
  if (errors.size) return { ok: false, errors };
  const { filter, paths } = treeToFilter(root, lookup);
  if (!filter) return { ok: true, filter: null };
  const parsed = ClientFilterInput.safeParse(filter);
  if (parsed.success) return { ok: true, filter };
  const pathErrors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return { ok: false, errors: errorsByNode(paths, pathErrors) };
}
