/**
 * The sandbox instance's state: plain JSON (it is saved to statePath after every change). Each
 * table holds records as the Table API returns them with `sysparm_display_value=false`: every
 * field its internal value as a string; a reference field holds the referenced sys_id.
 */

export type StoredRecord = Record<string, string>;

export const TABLE_NAMES = ['sys_user', 'incident', 'sys_journal_field', 'sys_choice'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface RateLimitRule {
  sys_id: string;
  name: string;
  /** Requests each user may make per hour (sys_rate_limit_rules.count). */
  requestsPerHour: number;
}

export interface ServicenowState {
  /** The instance's host, e.g. acme.service-now.com; every other *.service-now.com host has no instance. */
  instance: string;
  tables: Record<TableName, StoredRecord[]>;
  /** The REST rate limit rule that applies to every user of the Table API. */
  rateLimit: RateLimitRule;
  /** The number the next incident gets (INC0010007). */
  nextIncidentNumber: number;
}

/** What the sandbox knows about a table: display field, references, choice, date and journal fields, and who may use it. */
export interface TableSchema {
  display: string;
  references: Record<string, TableName>;
  choices: string[];
  dates: string[];
  journals: string[];
  /** Roles allowed to read / write (admin always is); an empty list means any signed-in user. */
  read: string[];
  write: string[];
}

const SYS_DATES = ['sys_created_on', 'sys_updated_on'];

export const SCHEMAS: Record<TableName, TableSchema> = {
  sys_user: { display: 'name', references: { manager: 'sys_user' }, choices: [], dates: [...SYS_DATES, 'last_login_time'], journals: [], read: [], write: ['user_admin'] },
  incident: {
    display: 'number',
    references: { caller_id: 'sys_user', opened_by: 'sys_user', assigned_to: 'sys_user', resolved_by: 'sys_user', closed_by: 'sys_user' },
    choices: ['state', 'incident_state', 'priority', 'impact', 'urgency', 'hold_reason'],
    dates: [...SYS_DATES, 'opened_at', 'resolved_at', 'closed_at'],
    journals: ['comments', 'work_notes'],
    read: ['itil'],
    write: ['itil'],
  },
  sys_journal_field: { display: 'value', references: {}, choices: [], dates: SYS_DATES, journals: [], read: ['itil'], write: ['admin'] },
  sys_choice: { display: 'label', references: {}, choices: [], dates: SYS_DATES, journals: [], read: [], write: ['admin'] },
};

export const isTableName = (name: string): name is TableName => (TABLE_NAMES as readonly string[]).includes(name);

/** The Table API's internal date-time form, UTC, to the second. */
export const snNow = (at = new Date()) => at.toISOString().slice(0, 19).replace('T', ' ');

export const findUser = (state: ServicenowState, userName: string) => state.tables.sys_user.find((user) => user.user_name === userName);

export function rolesOf(user: StoredRecord): string[] {
  return (user.roles ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
}

/** Whether `user` passes a table's role list (admin passes every one). */
export function hasRole(user: StoredRecord, allowed: string[]): boolean {
  const roles = rolesOf(user);
  return allowed.length === 0 || roles.includes('admin') || allowed.some((role) => roles.includes(role));
}
