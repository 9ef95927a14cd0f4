import tableIncident from '../../../test/fixtures/servicenow/table-incident.json';
import tableSysChoice from '../../../test/fixtures/servicenow/table-sys-choice.json';
import tableSysJournalField from '../../../test/fixtures/servicenow/table-sys-journal-field.json';
import tableSysUser from '../../../test/fixtures/servicenow/table-sys-user.json';
import { applySeed } from './seed-import';
import type { ServicenowState } from './state';

/**
 * The seeded instance: acme.service-now.com with its users, six incidents (one in each base
 * state) with public comments and work notes, and the incident choice lists. The records are the
 * Table API exports in test/fixtures/servicenow/table-*.json, read through the same import as a
 * seed file, so the sandbox and the mapper tests agree on the shapes.
 */

/** Valid credentials on the seeded instance (sandbox only; ServiceNow never returns passwords). */
export const SERVICENOW_SANDBOX = {
  domain: 'acme.service-now.com',
  /** A user with the itil role: everything Deskbridge needs. */
  username: 'deskbridge.integration',
  secret: 'sandbox-servicenow-password',
  /**
   * A ServiceNow password belongs to one user, so the limited credentials are a second user name
   * and its password: that user signs in, but has no itil role (incidents are refused, 403).
   */
  limitedUsername: 'kim.reader',
  limitedSecret: 'sandbox-servicenow-limited',
} as const;

const EMPTY: ServicenowState = {
  instance: SERVICENOW_SANDBOX.domain,
  tables: { sys_user: [], incident: [], sys_journal_field: [], sys_choice: [] },
  rateLimit: { sys_id: '6a3f1e0b2c9d4e5f8a7b6c5d4e3f2a1b', name: 'Table API: all users', requestsPerHour: 10_000 },
  nextIncidentNumber: 10001,
};

export function seedServicenow(): ServicenowState {
  const fail = (line: number, reason: string) => new Error(`The ServiceNow sandbox's own seed is broken (${line}): ${reason}`);
  const state = applySeed(EMPTY, { sys_user: tableSysUser, incident: tableIncident, sys_journal_field: tableSysJournalField, sys_choice: tableSysChoice }, fail);
  const passwords: Record<string, string> = { [SERVICENOW_SANDBOX.username]: SERVICENOW_SANDBOX.secret, [SERVICENOW_SANDBOX.limitedUsername]: SERVICENOW_SANDBOX.limitedSecret };
  for (const user of state.tables.sys_user) if (passwords[user.user_name]) user.user_password = passwords[user.user_name];
  return state;
}
