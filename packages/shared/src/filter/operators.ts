// Which filter operators fit which value type; shared so the filter builder offers exactly what the server accepts.

export const FILTER_OPS = [
  'EQ',
  'NEQ',
  'IN',
  'NOT_IN',
  'CONTAINS',
  'STARTS_WITH',
  'GT',
  'GTE',
  'LT',
  'LTE',
  'BETWEEN',
  'BEFORE',
  'AFTER',
  'IN_LAST_DAYS',
  'NOT_IN_LAST_DAYS',
  'HAS_ANY',
  'HAS_ALL',
  'IS_EMPTY',
  'IS_NOT_EMPTY',
] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

/** The value shapes a condition can compare against. */
export type ValueType =
  | 'text'
  | 'textList' // phones, e-mails: match any element
  | 'integer'
  | 'decimal'
  | 'date' // a calendar day, YYYY-MM-DD
  | 'datetime' // an instant; compared by day boundaries or ISO instants
  | 'boolean'
  | 'choice' // one key from a list (enum, dictionary key, attribute choice, user id)
  | 'multiChoice'; // several keys from a list

const EMPTY: FilterOp[] = ['IS_EMPTY', 'IS_NOT_EMPTY'];

export const OPERATORS_BY_TYPE: Record<ValueType, readonly FilterOp[]> = {
  text: ['EQ', 'NEQ', 'IN', 'CONTAINS', 'STARTS_WITH', ...EMPTY],
  textList: ['CONTAINS', 'STARTS_WITH', ...EMPTY],
  integer: ['EQ', 'NEQ', 'GT', 'GTE', 'LT', 'LTE', 'BETWEEN', 'IN', ...EMPTY],
  decimal: ['EQ', 'NEQ', 'GT', 'GTE', 'LT', 'LTE', 'BETWEEN', ...EMPTY],
  date: ['EQ', 'BEFORE', 'AFTER', 'BETWEEN', 'IN_LAST_DAYS', 'NOT_IN_LAST_DAYS', ...EMPTY],
  datetime: ['BEFORE', 'AFTER', 'BETWEEN', 'IN_LAST_DAYS', 'NOT_IN_LAST_DAYS', ...EMPTY],
  boolean: ['EQ', ...EMPTY],
  choice: ['EQ', 'NEQ', 'IN', 'NOT_IN', ...EMPTY],
  multiChoice: ['HAS_ANY', 'HAS_ALL', ...EMPTY],
};

export function operatorFits(type: ValueType, op: FilterOp): boolean {
  return OPERATORS_BY_TYPE[type].includes(op);
}

/** What the value of a condition must look like for an operator: none, one value, a list, a pair, a day count. */
export function valueArity(op: FilterOp): 'none' | 'one' | 'list' | 'pair' | 'days' {
  switch (op) {
    case 'IS_EMPTY':
    case 'IS_NOT_EMPTY':
      return 'none';
    case 'IN':
    case 'NOT_IN':
    case 'HAS_ANY':
    case 'HAS_ALL':
      return 'list';
    case 'BETWEEN':
      return 'pair';
    case 'IN_LAST_DAYS':
    case 'NOT_IN_LAST_DAYS':
      return 'days';
    default:
      return 'one';
  }
}
