// The visual editor's view of the actions JSON: a list of plain objects it edits field by field; the form keeps the
// JSON text, so the visual and the JSON view edit the same value and the shared zod schema checks both.
export type ActionDraft = Record<string, unknown> & {
  type: 'NOTIFY' | 'CREATE_TASK' | 'SET_FIELD' | 'SEND_TEMPLATE';
};

export const ACTION_TYPES = ['NOTIFY', 'CREATE_TASK', 'SET_FIELD', 'SEND_TEMPLATE'] as const;

/** A new action of a type with the fields its form shows. */
export function newAction(type: ActionDraft['type'], entity: string): ActionDraft {
  if (type === 'NOTIFY') return { type, roles: ['OWNER'], userIds: [] };
  if (type === 'CREATE_TASK')
    return { type, role: 'ACCOUNT_MANAGER', activityTypeKey: 'task', subject: '', dueInDays: 0 };
  if (type === 'SEND_TEMPLATE') return { type, templateId: '', to: 'PERSONS', address: null };
  return entity === 'ACTIVITY'
    ? { type, field: 'priority', value: '' }
    : { type, field: 'attribute', attributeKey: '', value: '' };
}

/** The actions as drafts, or null when the JSON is not a list of typed objects (then only the JSON view edits it). */
export function parseActions(json: string): ActionDraft[] | null {
  try {
    const value: unknown = json.trim() ? JSON.parse(json) : [];
    if (!Array.isArray(value)) return null;
    const typed = value.every(
      (a) =>
        a && typeof a === 'object' && (ACTION_TYPES as readonly unknown[]).includes((a as { type?: unknown }).type),
    );
    return typed ? (value as ActionDraft[]) : null;
  } catch {
    return null;
  }
}

export const actionsJson = (actions: ActionDraft[]) => JSON.stringify(actions, null, 2);

/** The condition object, or null when its JSON does not parse to an object. */
export function parseCondition(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = json.trim() ? JSON.parse(json) : {};
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
