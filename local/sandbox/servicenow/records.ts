import { randomBytes } from 'node:crypto';
import type { VendorResponse } from '../vendor/vendor-sandbox';
import { dataPolicy } from './errors';
import { SCHEMAS, snNow, type ServicenowState, type StoredRecord, type TableName } from './state';

/**
 * Inserts and updates as an instance performs them: system fields (sys_id, sys_created_*,
 * sys_updated_*, sys_mod_count) are set by the platform and cannot be written; journal fields
 * (comments, work_notes) append a sys_journal_field entry instead of being stored; and on
 * incidents the base business rules and data policies run (number, priority from impact ×
 * urgency, active, resolved/closed times, mandatory resolution and hold fields).
 */

export const newSysId = () => randomBytes(16).toString('hex');

/** A request body's fields as stored strings; unwritable (sys_*) and computed fields dropped. */
export function writableFields(table: TableName, body: unknown): Record<string, string> {
  const computed = table === 'incident' ? ['number', 'priority', 'incident_state', 'active'] : [];
  const fields: Record<string, string> = {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) return fields;
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    if (key.startsWith('sys_') || computed.includes(key)) continue;
    fields[key] = storedValue(raw);
  }
  return fields;
}

/** A value as stored: strings as they are, numbers and booleans as text, `{ value }` objects by their value. */
export function storedValue(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'object' && !Array.isArray(raw)) return storedValue((raw as { value?: unknown }).value);
  return typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : JSON.stringify(raw);
}

export function insertRecord(state: ServicenowState, table: TableName, user: StoredRecord, fields: Record<string, string>): { record: StoredRecord } | { refused: VendorResponse } {
  const now = snNow();
  const { journal, values } = splitJournal(table, fields);
  const record: StoredRecord = { sys_id: newSysId(), ...(table === 'incident' ? incidentDefaults(state, user, now) : {}), ...values };
  Object.assign(record, { sys_created_on: now, sys_created_by: user.user_name, sys_updated_on: now, sys_updated_by: user.user_name, sys_mod_count: '0' });
  if (table === 'incident') {
    const refused = applyIncidentRules(record, {}, user, now);
    if (refused) return { refused };
    state.nextIncidentNumber += 1;
  }
  state.tables[table].push(record);
  appendJournal(state, table, record, journal, user, now);
  return { record };
}

export function updateRecord(state: ServicenowState, table: TableName, record: StoredRecord, user: StoredRecord, fields: Record<string, string>): VendorResponse | undefined {
  const now = snNow();
  const { journal, values } = splitJournal(table, fields);
  const updated = { ...record, ...values };
  if (table === 'incident') {
    const refused = applyIncidentRules(updated, record, user, now);
    if (refused) return refused;
  }
  Object.assign(record, updated, { sys_updated_on: now, sys_updated_by: user.user_name, sys_mod_count: String(Number(record.sys_mod_count ?? 0) + 1) });
  appendJournal(state, table, record, journal, user, now);
  return undefined;
}

function splitJournal(table: TableName, fields: Record<string, string>) {
  const journal: [string, string][] = [];
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SCHEMAS[table].journals.includes(key)) journal.push([key, value]);
    else values[key] = value;
  }
  return { journal, values };
}

function appendJournal(state: ServicenowState, table: TableName, record: StoredRecord, journal: [string, string][], user: StoredRecord, now: string) {
  for (const [element, value] of journal) {
    if (value.trim() === '') continue;
    state.tables.sys_journal_field.push({ sys_id: newSysId(), name: table, element, element_id: record.sys_id, value, sys_created_on: now, sys_created_by: user.user_name });
  }
}

function incidentDefaults(state: ServicenowState, user: StoredRecord, now: string): StoredRecord {
  return {
    number: `INC${String(state.nextIncidentNumber).padStart(7, '0')}`,
    short_description: '',
    description: '',
    caller_id: '',
    state: '1',
    impact: '3',
    urgency: '3',
    hold_reason: '',
    close_code: '',
    close_notes: '',
    opened_at: now,
    opened_by: user.sys_id,
    resolved_at: '',
    closed_at: '',
    sys_tags: '',
    sys_class_name: 'incident',
  };
}

/** The base incident rules; a data policy refusal is returned, not applied. */
function applyIncidentRules(record: StoredRecord, before: StoredRecord, user: StoredRecord, now: string): VendorResponse | undefined {
  const missing: string[] = [];
  if (['6', '7'].includes(record.state)) {
    if (!record.close_code?.trim()) missing.push('Resolution code');
    if (!record.close_notes?.trim()) missing.push('Resolution notes');
  }
  if (record.state === '3' && !record.hold_reason?.trim()) missing.push('On hold reason');
  if (missing.length > 0) return dataPolicy(missing);
  const impact = Number(record.impact);
  const urgency = Number(record.urgency);
  if (impact >= 1 && urgency >= 1) record.priority = String(Math.min(5, impact + urgency - 1));
  record.incident_state = record.state;
  record.active = ['6', '7', '8'].includes(record.state) ? 'false' : 'true';
  if (record.state !== '3') record.hold_reason = '';
  if (record.state === '6' && before.state !== '6') Object.assign(record, { resolved_at: now, resolved_by: user.sys_id });
  if (record.state === '7' && before.state !== '7') Object.assign(record, { closed_at: now, closed_by: user.sys_id });
  return undefined;
}
