/**
 * The part of ServiceNow's encoded query language the sandbox understands: conditions joined by
 * `^` (and) and `^OR` (or), whole queries joined by `^NQ`, `ORDERBY<field>` / `ORDERBYDESC<field>`,
 * and `^^` for a literal caret. Parts it cannot parse are ignored, as an instance does by default
 * (glide.invalid_query.returns_no_rows=false).
 * https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html (sysparm_query)
 */

export interface Condition {
  field: string;
  operator: string;
  value: string;
}

export interface ParsedQuery {
  /** Alternatives (^NQ) of conjunctions (^) of disjunctions (^OR). */
  alternatives: Condition[][][];
  order: { field: string; descending: boolean }[];
}

const CONDITION = /^([a-z0-9_.]+)(ISNOTEMPTY|ISEMPTY|NOT IN|IN|NOT LIKE|LIKE|STARTSWITH|ENDSWITH|!=|>=|<=|=|>|<)([\s\S]*)$/;
const CARET = '\u0000';

export function parseEncodedQuery(text: string): ParsedQuery {
  const parsed: ParsedQuery = { alternatives: [], order: [] };
  for (const alternative of text.replace(/\^\^/g, CARET).split('^NQ')) {
    const conjunction: Condition[][] = [];
    for (const raw of alternative.split('^')) {
      const part = raw.replace(new RegExp(CARET, 'g'), '^');
      if (part === '' || part === 'EQ') continue;
      if (part.startsWith('ORDERBYDESC')) parsed.order.push({ field: part.slice(11), descending: true });
      else if (part.startsWith('ORDERBY')) parsed.order.push({ field: part.slice(7), descending: false });
      else if (part.startsWith('OR') && conjunction.length > 0) {
        const condition = parseCondition(part.slice(2));
        if (condition) conjunction[conjunction.length - 1].push(condition);
      } else {
        const condition = parseCondition(part);
        if (condition) conjunction.push([condition]);
      }
    }
    parsed.alternatives.push(conjunction);
  }
  return parsed;
}

function parseCondition(part: string): Condition | undefined {
  const match = CONDITION.exec(part);
  return match ? { field: match[1], operator: match[2], value: match[3] } : undefined;
}

/** Whether a record matches; `get` reads a (possibly dot-walked) field's internal value. */
export function matches(query: ParsedQuery, get: (field: string) => string): boolean {
  return query.alternatives.some((conjunction) => conjunction.every((disjunction) => disjunction.some((condition) => holds(condition, get(condition.field)))));
}

function holds({ operator, value }: Condition, actual: string): boolean {
  const lower = actual.toLowerCase();
  const wanted = value.toLowerCase();
  switch (operator) {
    case '=':
      return actual === value;
    case '!=':
      return actual !== value;
    case '>':
      return compareValues(actual, value) > 0;
    case '>=':
      return compareValues(actual, value) >= 0;
    case '<':
      return compareValues(actual, value) < 0;
    case '<=':
      return compareValues(actual, value) <= 0;
    case 'IN':
      return value.split(',').includes(actual);
    case 'NOT IN':
      return !value.split(',').includes(actual);
    case 'LIKE':
      return lower.includes(wanted);
    case 'NOT LIKE':
      return !lower.includes(wanted);
    case 'STARTSWITH':
      return lower.startsWith(wanted);
    case 'ENDSWITH':
      return lower.endsWith(wanted);
    case 'ISEMPTY':
      return actual === '';
    case 'ISNOTEMPTY':
      return actual !== '';
    default:
      return false;
  }
}

/** Numbers compare as numbers (state, sequence); everything else, dates included, as text. */
export function compareValues(a: string, b: string): number {
  const numeric = /^-?\d+(\.\d+)?$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts (stably) by the query's ORDERBY clauses. */
export function ordered<T>(rows: T[], order: ParsedQuery['order'], get: (row: T, field: string) => string): T[] {
  if (order.length === 0) return rows;
  return [...rows].sort((a, b) => {
    for (const { field, descending } of order) {
      const difference = compareValues(get(a, field), get(b, field));
      if (difference !== 0) return descending ? -difference : difference;
    }
    return 0;
  });
}
