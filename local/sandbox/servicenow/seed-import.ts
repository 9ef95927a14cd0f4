import { readSeedFile, SeedFileError } from '../vendor/seed-file';
import { storedValue, newSysId } from './records';
import { SCHEMAS, TABLE_NAMES, isTableName, snNow, type ServicenowState, type StoredRecord, type TableName } from './state';

/**
 * Tables of vendor-shaped records (as `GET /api/now/table/<table>` returns them, or that
 * answer's `{ "result": [...] }` itself) into sandbox state. Fields the sandbox does not know are
 * kept and served back; missing optional ones get the platform's defaults; anything it cannot
 * use is refused with where and why. See README.md for the shape.
 */

export type SeedTables = Partial<Record<TableName, unknown>> & { instance?: unknown };

type Where = (needle: string) => number;

const SYS_ID = /^[0-9a-f]{32}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const REQUIRED: Record<TableName, string[]> = { sys_user: ['user_name'], incident: [], sys_journal_field: ['element_id', 'element', 'value'], sys_choice: ['name', 'element', 'value'] };

/** Reads and applies a seed file over `base` (the default seed); throws SeedFileError with file:line. */
export function applySeedFile(base: ServicenowState, file: string): ServicenowState {
  const { json, lineOf } = readSeedFile(file);
  return applySeed(base, json, (line, reason) => new SeedFileError(file, line, reason), lineOf);
}

/**
 * Applies seed tables over `base`: sys_user and sys_choice rows are merged (by user_name; by
 * table, element and value), incident and sys_journal_field tables replace the base's (an
 * incident table without journal entries starts with none).
 */
export function applySeed(base: ServicenowState, json: unknown, fail: (line: number, reason: string) => Error, where: Where = () => 1): ServicenowState {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw fail(1, `the file must be a JSON object keyed by table name (${TABLE_NAMES.join(', ')}).`);
  const seed = json as Record<string, unknown>;
  const state: ServicenowState = structuredClone(base);
  for (const key of Object.keys(seed)) {
    if (key !== 'instance' && !isTableName(key)) throw fail(where(`"${key}"`), `unknown table "${key}": the sandbox serves ${TABLE_NAMES.join(', ')}.`);
  }
  if (seed.instance !== undefined) {
    if (typeof seed.instance !== 'string' || !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.service-now\.com$/.test(seed.instance)) throw fail(where('"instance"'), 'instance must be a host like acme.service-now.com.');
    state.instance = seed.instance;
  }
  const tables = Object.fromEntries(TABLE_NAMES.filter((table) => seed[table] !== undefined).map((table) => [table, rows(table, seed[table], fail, where)])) as Partial<Record<TableName, StoredRecord[]>>;
  const complete = (table: TableName, list: StoredRecord[]) => list.map((row) => withSystemFields(table, row));
  if (tables.sys_user) state.tables.sys_user = complete('sys_user', mergeBy(state.tables.sys_user, tables.sys_user, (row) => row.user_name));
  if (tables.sys_choice) state.tables.sys_choice = complete('sys_choice', mergeBy(state.tables.sys_choice, tables.sys_choice, (row) => `${row.name}.${row.element}=${row.value}/${row.language || 'en'}`));
  if (tables.incident) {
    state.nextIncidentNumber = Math.max(state.nextIncidentNumber, ...tables.incident.map((row) => incidentNumber(row) + 1));
    state.tables.incident = complete('incident', tables.incident).map((row) => incidentWithDefaults(row, state));
    state.tables.sys_journal_field = [];
  }
  if (tables.sys_journal_field) {
    for (const entry of tables.sys_journal_field) {
      if (!state.tables.incident.some((incident) => incident.sys_id === entry.element_id)) throw fail(where(JSON.stringify(entry.element_id)), `sys_journal_field entry ${entry.sys_id} belongs to element_id ${entry.element_id}, which is no incident of the seed.`);
    }
    state.tables.sys_journal_field = complete('sys_journal_field', tables.sys_journal_field);
  }
  return state;
}

const incidentNumber = (row: StoredRecord) => Number(/^INC(\d+)$/.exec(row.number ?? '')?.[1] ?? 0);

function rows(table: TableName, value: unknown, fail: (line: number, reason: string) => Error, where: Where): StoredRecord[] {
  const list = Array.isArray(value) ? value : (value as { result?: unknown } | null)?.result;
  if (!Array.isArray(list)) throw fail(where(`"${table}"`), `${table} must be an array of records, or a Table API answer { "result": [...] }.`);
  const seen = new Set<string>();
  return list.map((item, index) => {
    const label = `${table}[${index}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw fail(where(`"${table}"`), `${label} must be an object.`);
    const raw = item as Record<string, unknown>;
    const at = () => where(JSON.stringify(raw.sys_id ?? raw.number ?? raw.user_name ?? raw.value ?? table));
    const record: StoredRecord = {};
    for (const [field, fieldValue] of Object.entries(raw)) {
      const usable = fieldValue === null || ['string', 'number', 'boolean'].includes(typeof fieldValue) || (typeof fieldValue === 'object' && !Array.isArray(fieldValue) && 'value' in fieldValue);
      if (!usable) throw fail(at(), `${label}.${field} must be a string, number, boolean, null or a { "value": ... } reference.`);
      record[field] = storedValue(fieldValue);
    }
    for (const field of REQUIRED[table]) if (!record[field]) throw fail(at(), `${label} has no ${field}.`);
    if (record.sys_id !== undefined && !SYS_ID.test(record.sys_id)) throw fail(at(), `${label}.sys_id "${record.sys_id}" is not a sys_id (32 hexadecimal digits).`);
    if (record.sys_id && seen.has(record.sys_id)) throw fail(at(), `${label}.sys_id ${record.sys_id} appears twice.`);
    seen.add(record.sys_id);
    for (const field of SCHEMAS[table].dates) {
      if (record[field] && !DATE_TIME.test(record[field])) throw fail(at(), `${label}.${field} "${record[field]}" is not a date-time like 2024-03-01 09:30:00 (UTC).`);
    }
    if (table === 'sys_journal_field' && !['comments', 'work_notes'].includes(record.element)) throw fail(at(), `${label}.element must be comments or work_notes.`);
    return record;
  });
}

/** Fields the platform fills in when a record is created, for those the seed leaves out. */
function withSystemFields(table: TableName, record: StoredRecord): StoredRecord {
  const now = snNow();
  const defaults: StoredRecord = { sys_id: newSysId(), sys_created_on: now, sys_created_by: 'admin', sys_updated_on: record.sys_created_on || now, sys_updated_by: 'admin', sys_mod_count: '0' };
  if (table === 'sys_user') Object.assign(defaults, { active: 'true', locked_out: 'false', roles: '' });
  if (table === 'sys_journal_field') Object.assign(defaults, { name: 'incident' });
  if (table === 'sys_choice') Object.assign(defaults, { inactive: 'false', language: 'en', sequence: '0' });
  const completed = { ...defaults, ...record };
  if (!completed.sys_id) completed.sys_id = defaults.sys_id;
  return completed;
}

function incidentWithDefaults(record: StoredRecord, state: ServicenowState): StoredRecord {
  const incident: StoredRecord = { short_description: '', description: '', caller_id: '', state: '1', impact: '3', urgency: '3', hold_reason: '', close_code: '', close_notes: '', sys_tags: '', sys_class_name: 'incident', ...record };
  if (!incident.number) incident.number = `INC${String(state.nextIncidentNumber++).padStart(7, '0')}`;
  if (!record.priority) incident.priority = String(Math.min(5, Math.max(1, Number(incident.impact) + Number(incident.urgency) - 1 || 3)));
  incident.incident_state ||= incident.state;
  incident.active ||= ['6', '7', '8'].includes(incident.state) ? 'false' : 'true';
  incident.opened_at ||= incident.sys_created_on;
  return incident;
}

function mergeBy(base: StoredRecord[], added: StoredRecord[], key: (row: StoredRecord) => string): StoredRecord[] {
  const merged = new Map(base.map((row) => [key(row), row]));
  for (const row of added) merged.set(key(row), { ...merged.get(key(row)), ...row });
  return [...merged.values()];
}
