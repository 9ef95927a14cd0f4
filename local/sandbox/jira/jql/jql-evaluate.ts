import { badRequest } from '../http-error';
import type { IssueRecord } from '../state/site-state';
import { EMPTY, resolveField, type Comparable, type ResolvedField, type SearchContext } from './jql-fields';
import type { JqlNode, Operand, Operator, OrderBy } from './jql-syntax';

/**
 * Evaluates a parsed JQL query against issues, with Jira's semantics for missing values:
 * `!=` and `NOT IN` never match an issue whose field is empty (use `IS EMPTY` for those), and
 * `~` is a case-insensitive "contains" (a trailing `*` is a prefix wildcard).
 */

export type IssuePredicate = (issue: IssueRecord) => boolean;

export function compile(context: SearchContext, node: JqlNode): IssuePredicate {
  if (node.kind === 'and' || node.kind === 'or') {
    const items = node.items.map((item) => compile(context, item));
    return node.kind === 'and' ? (issue) => items.every((item) => item(issue)) : (issue) => items.some((item) => item(issue));
  }
  if (node.kind === 'not') {
    const inner = compile(context, node.item);
    return (issue) => !inner(issue);
  }
  const field = resolveField(context, node.field);
  if (!field.operators.includes(node.operator)) {
    throw badRequest(`The operator '${node.operator.toUpperCase()}' is not supported by the '${node.field}' field.`);
  }
  return clause(field, node.operator, node.operand);
}

function clause(field: ResolvedField, operator: Operator, operand: Operand): IssuePredicate {
  const empty = operand.kind === 'empty';
  if (operator === 'is' || (operator === '=' && empty)) return (issue) => field.values(issue).length === 0;
  if (operator === 'is not' || (operator === '!=' && empty)) return (issue) => field.values(issue).length > 0;
  if (operator === '~' || operator === '!~') {
    const needle = operand.kind === 'value' ? operand.text.replace(/\*$/, '').toLowerCase() : '';
    const contains: IssuePredicate = (issue) => field.values(issue).some((value) => String(value).toLowerCase().includes(needle));
    return operator === '~' ? contains : (issue) => field.values(issue).length > 0 && !contains(issue);
  }
  const operands = operand.kind === 'list' ? operand.items : [operand];
  const matchesEmpty = operands.some((item) => item.kind === 'empty');
  const targets = operands.filter((item) => item.kind !== 'empty').flatMap((item) => field.target(item));
  const wantsEmpty = matchesEmpty || targets.includes(EMPTY);
  const equal: IssuePredicate = (issue) => {
    const values = field.values(issue);
    return values.length === 0 ? wantsEmpty : values.some((value) => targets.includes(value));
  };
  switch (operator) {
    case '=':
    case 'in':
      return equal;
    case '!=':
    case 'not in':
      return (issue) => (field.values(issue).length === 0 ? false : !equal(issue));
    default:
      return (issue) => field.values(issue).some((value) => targets.some((target) => compareWith(operator, value, target)));
  }
}

function compareWith(operator: Operator, value: Comparable, target: Comparable): boolean {
  if (typeof value !== 'number' || typeof target !== 'number' || Number.isNaN(target)) return false;
  if (operator === '>') return value > target;
  if (operator === '>=') return value >= target;
  if (operator === '<') return value < target;
  return value <= target;
}

/** Sorts by ORDER BY (or newest first, by id, when there is none); ties keep id order. */
export function sortIssues(context: SearchContext, issues: IssueRecord[], order: OrderBy[]): IssueRecord[] {
  const keys = order.map(({ field, direction }) => ({ read: sortKey(context, field), sign: direction === 'desc' ? -1 : 1 }));
  const byId = (a: IssueRecord, b: IssueRecord) => Number(a.id) - Number(b.id);
  return [...issues].sort((a, b) => {
    if (keys.length === 0) return -byId(a, b);
    for (const { read, sign } of keys) {
      const [left, right] = [read(a), read(b)];
      if (left === right) continue;
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      return sign * (left < right ? -1 : 1);
    }
    return byId(a, b);
  });
}

function sortKey(context: SearchContext, field: string): (issue: IssueRecord) => Comparable | undefined {
  const name = field.toLowerCase();
  if (['key', 'issuekey', 'id', 'issue'].includes(name)) {
    return (issue) => {
      const [project, number] = issue.key.split('-');
      return `${project}-${number.padStart(10, '0')}`;
    };
  }
  // Priority ids run from Highest (1) down: ascending means lowest first, as in Jira.
  if (name === 'priority') return (issue) => (issue.priorityId ? -Number(issue.priorityId) : undefined);
  if (name === 'summary') return (issue) => issue.summary.toLowerCase();
  const resolved = resolveField(context, field);
  return (issue) => resolved.values(issue)[0];
}
