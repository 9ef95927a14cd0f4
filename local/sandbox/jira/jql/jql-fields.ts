import { badRequest } from '../http-error';
import { STATUS_CATEGORIES } from '../seed/seed-workflows';
import { plainText } from '../state/issue-changes';
import { findIssue } from '../state/issues';
import type { IssueRecord, SiteState, UserRecord } from '../state/site-state';
import { dateOf } from './jql-dates';
import type { Operand, Operator } from './jql-syntax';
import { aliasTarget, indexedPath, valueAt, type IndexedPath, type IndexedProperty } from './indexed-properties';

/**
 * What a JQL field name means: how to read its values from an issue, and how to read a value
 * in a query for it. Choice fields (project, status, ...) refuse values that do not exist, with
 * Jira's message; an unknown field is refused likewise.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/
 */

export type Comparable = string | number;

/** A target standing for "no value" (`resolution = Unresolved`). */
export const EMPTY = '\u0000empty';

export interface SearchContext {
  site: SiteState;
  caller: UserRecord;
  indexed: IndexedProperty[];
  now: Date;
}

export interface ResolvedField {
  name: string;
  operators: Operator[];
  values(issue: IssueRecord): Comparable[];
  /** The comparables one operand value stands for (several when a name is shared, e.g. two statuses). */
  target(operand: Operand): Comparable[];
}

const EQUALITY: Operator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const ORDERED: Operator[] = [...EQUALITY, '>', '>=', '<', '<='];
const TEXT: Operator[] = ['~', '!~', 'is', 'is not'];

const text = (operand: Operand) => (operand.kind === 'value' ? operand.text : '');
const noValue = (value: string, field: string) => badRequest(`The value '${value}' does not exist for the field '${field}'.`);

function choice(name: string, values: (issue: IssueRecord) => Comparable[], options: { id: string; names: string[] }[], empty?: string): ResolvedField {
  return {
    name,
    operators: EQUALITY,
    values,
    target(operand) {
      const wanted = text(operand).toLowerCase();
      if (empty && wanted === empty.toLowerCase()) return [EMPTY];
      const ids = options.filter((option) => option.id === text(operand) || option.names.some((candidate) => candidate.toLowerCase() === wanted)).map((option) => option.id);
      if (ids.length === 0) throw noValue(text(operand), name);
      return ids;
    },
  };
}

function dates(name: string, context: SearchContext, values: (issue: IssueRecord) => (string | undefined)[]): ResolvedField {
  return {
    name,
    operators: ORDERED,
    values: (issue) => values(issue).filter((value): value is string => !!value).map((value) => Date.parse(value)),
    target: (operand) => [dateOf(operand, name, context.now, context.caller.locale === 'en_US')],
  };
}

function users(name: string, context: SearchContext, read: (issue: IssueRecord) => string | undefined): ResolvedField {
  return {
    name,
    operators: EQUALITY,
    values: (issue) => [read(issue)].filter((value): value is string => !!value),
    target: (operand) => [operand.kind === 'function' && operand.name.toLowerCase() === 'currentuser' ? context.caller.accountId : text(operand)],
  };
}

function texts(name: string, read: (issue: IssueRecord) => (string | null | undefined)[]): ResolvedField {
  return { name, operators: TEXT, values: (issue) => read(issue).filter((value): value is string => !!value), target: (operand) => [text(operand)] };
}

export function resolveField(context: SearchContext, raw: string): ResolvedField {
  const { site } = context;
  const name = raw.toLowerCase();
  const projects = site.projects.map((project) => ({ id: project.id, names: [project.key, project.name] }));
  const statuses = site.projects.flatMap((project) => project.statuses).map((status) => ({ id: status.id, names: [status.name] }));
  switch (name) {
    case 'project':
      return choice('project', (issue) => [issue.projectId], projects);
    case 'issuetype':
    case 'type':
      return choice('issuetype', (issue) => [issue.issueTypeId], site.issueTypes.map((type) => ({ id: type.id, names: [type.name] })));
    case 'status':
      return choice('status', (issue) => [issue.statusId], statuses);
    case 'statuscategory': {
      const categories = Object.values(STATUS_CATEGORIES).map((category) => ({ id: category.key, names: [category.name, String(category.id)] }));
      const categoryOf = (issue: IssueRecord) => site.projects.find((p) => p.id === issue.projectId)?.statuses.find((s) => s.id === issue.statusId)?.category;
      return choice('statusCategory', (issue) => [categoryOf(issue) ?? 'new'], categories);
    }
    case 'priority':
      return choice('priority', (issue) => (issue.priorityId ? [issue.priorityId] : []), site.priorities.map((p) => ({ id: p.id, names: [p.name] })));
    case 'resolution':
      return choice('resolution', (issue) => (issue.resolution ? [issue.resolution.id] : []), site.resolutions.map((r) => ({ id: r.id, names: [r.name] })), 'Unresolved');
    case 'key':
    case 'issuekey':
    case 'id':
    case 'issue':
      return {
        name: 'key',
        operators: ['=', '!=', 'in', 'not in'],
        values: (issue) => [issue.id],
        target(operand) {
          const found = findIssue(site, text(operand));
          if (!found && !/^\d+$/.test(text(operand))) throw badRequest(`An issue with key '${text(operand)}' does not exist for field '${raw}'.`);
          return found ? [found.id] : [];
        },
      };
    case 'labels':
      return { name: 'labels', operators: EQUALITY, values: (issue) => issue.labels.map((label) => label.toLowerCase()), target: (operand) => [text(operand).toLowerCase()] };
    case 'created':
    case 'createddate':
      return dates('created', context, (issue) => [issue.created]);
    case 'updated':
    case 'updateddate':
      return dates('updated', context, (issue) => [issue.updated]);
    case 'resolved':
    case 'resolutiondate':
      return dates('resolved', context, (issue) => [issue.resolutionDate]);
    case 'assignee':
      return users('assignee', context, (issue) => issue.assigneeAccountId);
    case 'reporter':
      return users('reporter', context, (issue) => issue.reporterAccountId);
    case 'creator':
      return users('creator', context, (issue) => issue.creatorAccountId);
    case 'summary':
      return texts('summary', (issue) => [issue.summary]);
    case 'description':
      return texts('description', (issue) => [plainText(issue.description)]);
    case 'comment':
      return texts('comment', (issue) => issue.comments.map((comment) => plainText(comment.body)));
    case 'text':
      return texts('text', (issue) => [issue.summary, plainText(issue.description), ...issue.comments.map((comment) => plainText(comment.body))]);
  }
  return customField(context, raw) ?? propertyField(context, raw) ?? unknownField(raw);
}

function unknownField(raw: string): never {
  throw badRequest(`Field '${raw}' does not exist or you do not have permission to view it.`);
}

function customField(context: SearchContext, raw: string): ResolvedField | undefined {
  const cf = /^cf\[(\d+)\]$/i.exec(raw);
  const field = context.site.fields.find((candidate) => candidate.custom && (cf ? candidate.id === `customfield_${cf[1]}` : candidate.name.toLowerCase() === raw.toLowerCase()));
  if (!field) return undefined;
  const stored = (issue: IssueRecord) => issue.customFields[field.id];
  switch (field.schema.type) {
    case 'option':
      return choice(raw, (issue) => (stored(issue) ? [String(stored(issue))] : []), (field.options ?? []).map((option) => ({ id: option.id, names: [option.value] })));
    case 'number':
      return { name: raw, operators: ORDERED, values: (issue) => (typeof stored(issue) === 'number' ? [stored(issue) as number] : []), target: (operand) => [Number(text(operand))] };
    case 'date':
      return dates(raw, context, (issue) => [stored(issue) as string | undefined]);
    default:
      return texts(raw, (issue) => [stored(issue) as string | undefined]);
  }
}

/** `issue.property[key].path` or a declared search alias. Undeclared paths hold no values: they match nothing. */
function propertyField(context: SearchContext, raw: string): ResolvedField | undefined {
  const match = /^issue\.property\[([^\]]+)\]\.(.+)$/i.exec(raw);
  const alias = match ? undefined : aliasTarget(context.indexed, raw);
  if (!match && !alias) return undefined;
  const propertyKey = match ? match[1] : alias!.propertyKey;
  const declared: IndexedPath | undefined = match ? indexedPath(context.indexed, propertyKey, match[2]) : alias!.path;
  const read = (issue: IssueRecord): unknown[] => {
    if (!declared) return [];
    const value = valueAt(issue.properties[propertyKey], declared.path);
    return (Array.isArray(value) ? value : [value]).filter((item) => item !== undefined && item !== null);
  };
  const type = declared?.type ?? 'string';
  if (type === 'number') return { name: raw, operators: ORDERED, values: (issue) => read(issue).map(Number), target: (operand) => [Number(text(operand))] };
  if (type === 'date') return dates(raw, context, (issue) => read(issue).map(String));
  if (type === 'text') return texts(raw, (issue) => read(issue).map(String));
  return { name: raw, operators: EQUALITY, values: (issue) => read(issue).map(String), target: (operand) => [operand.kind === 'function' ? context.caller.accountId : text(operand)] };
}
