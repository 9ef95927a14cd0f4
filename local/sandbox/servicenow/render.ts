import { SCHEMAS, type ServicenowState, type StoredRecord, type TableName } from './state';

/**
 * Records as the Table API answers them, following the request's sysparm_fields (dot-walking
 * included, e.g. `caller_id.email`), sysparm_display_value (false | true | all) and
 * sysparm_exclude_reference_link. Date-times are stored in UTC and displayed in the calling
 * user's time zone (sys_user.time_zone, else the system default America/Los_Angeles).
 * https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html
 */

export interface RenderOptions {
  fields?: string[];
  displayValue: 'false' | 'true' | 'all';
  excludeReferenceLink: boolean;
  timeZone: string;
}

export const SYSTEM_TIME_ZONE = 'America/Los_Angeles';

export function renderOptions(query: URLSearchParams, caller: StoredRecord): RenderOptions {
  const mode = (query.get('sysparm_display_value') ?? 'false').toLowerCase();
  const fields = query.get('sysparm_fields');
  return {
    fields: fields ? fields.split(',').map((field) => field.trim()).filter(Boolean) : undefined,
    displayValue: mode === 'true' || mode === 'all' ? mode : 'false',
    excludeReferenceLink: query.get('sysparm_exclude_reference_link') === 'true',
    timeZone: caller.time_zone || SYSTEM_TIME_ZONE,
  };
}

interface Resolved {
  value: string;
  display: string;
  link?: string;
}

/** One field of a record, dot-walking through references: its internal value, display value and link. */
export function resolveField(state: ServicenowState, table: TableName, record: StoredRecord | undefined, path: string, timeZone: string): Resolved | undefined {
  const [field, ...rest] = path.split('.');
  const schema = SCHEMAS[table];
  if (!record) return rest.length === 0 ? { value: '', display: '' } : undefined;
  const target = schema.references[field];
  if (rest.length > 0) {
    if (!target) return undefined;
    return resolveField(state, target, state.tables[target].find((row) => row.sys_id === record[field]), rest.join('.'), timeZone);
  }
  if (schema.journals.includes(field)) return { value: '', display: '' };
  const value = record[field];
  if (value === undefined) return knownField(state, table, field) ? { value: '', display: '' } : undefined;
  if (target) {
    const referenced = state.tables[target].find((row) => row.sys_id === value);
    const display = referenced?.[SCHEMAS[target].display] ?? '';
    return { value, display, ...(value ? { link: `https://${state.instance}/api/now/table/${target}/${value}` } : {}) };
  }
  if (schema.choices.includes(field)) return { value, display: choiceLabel(state, table, field, value) };
  if (schema.dates.includes(field)) return { value, display: inTimeZone(value, timeZone) };
  return { value, display: value };
}

/** The record as the API returns it (fields that exist neither on the record nor on the table are left out). */
export function renderRecord(state: ServicenowState, table: TableName, record: StoredRecord, options: RenderOptions): Record<string, unknown> {
  const fields = options.fields ?? [...new Set([...Object.keys(record), ...SCHEMAS[table].journals])];
  const rendered: Record<string, unknown> = {};
  for (const field of fields) {
    const resolved = resolveField(state, table, record, field, options.timeZone);
    if (!resolved) continue;
    const link = options.excludeReferenceLink ? undefined : resolved.link;
    if (options.displayValue === 'true') rendered[field] = resolved.display;
    else if (options.displayValue === 'all') rendered[field] = { display_value: resolved.display, ...(link ? { link } : {}), value: resolved.value };
    else rendered[field] = link ? { link, value: resolved.value } : resolved.value;
  }
  return rendered;
}

export function choiceLabel(state: ServicenowState, table: string, element: string, value: string): string {
  const choice = state.tables.sys_choice.find((row) => row.name === table && row.element === element && row.value === value && (row.language ?? 'en') === 'en');
  return choice?.label ?? value;
}

function knownField(state: ServicenowState, table: TableName, field: string): boolean {
  const schema = SCHEMAS[table];
  return field === schema.display || field in schema.references || schema.choices.includes(field) || schema.dates.includes(field) || state.tables[table].some((row) => field in row);
}

/** "2024-03-01 17:30:00" (UTC) as the same instant in `timeZone`, in the default date format. */
export function inTimeZone(utc: string, timeZone: string): string {
  const instant = new Date(`${utc.replace(' ', 'T')}Z`);
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(utc) || Number.isNaN(instant.getTime())) return utc;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  } catch {
    return utc;
  }
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}
