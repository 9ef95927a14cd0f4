import { ConnectorError } from '../http/connector-error';
import { servicenowSpec } from './spec';
import type { SnErrorBody, SnList, SnRecord, SnSingle } from './vendor-types';

/** Checks that an answer is the Table API's JSON and turns the vendor's refusals into ConnectorErrors. */

const notTableApi = () => new ConnectorError('unavailable', `${servicenowSpec.messages.unavailable} (The instance did not answer with Table API JSON.)`);

export function isList(body: unknown): body is SnList {
  return typeof body === 'object' && body !== null && Array.isArray((body as SnList).result);
}

export function listOf(body: unknown): SnRecord[] {
  if (!isList(body)) throw notTableApi();
  return body.result;
}

export function recordOf(body: unknown): SnRecord {
  const result = (body as SnSingle | undefined)?.result;
  if (typeof result !== 'object' || result === null || Array.isArray(result)) throw notTableApi();
  return result;
}

/** The reason in a Table API error body: its detail, else its message (bounded, never the raw body). */
export function reasonOf(body: unknown): string {
  const error = (body as SnErrorBody | undefined)?.error;
  const reason = [error?.detail, error?.message].find((text): text is string => typeof text === 'string' && text.trim() !== '');
  return reason ? reason.trim().slice(0, 200) : 'no reason given';
}

/**
 * A 403 on a write. ServiceNow answers 403 both for ACLs (a missing role) and for data policies
 * ("Data Policy Exception: … mandatory"); only the first is about the user's rights.
 */
export function writeRefused(body: unknown): ConnectorError {
  const reason = reasonOf(body);
  if (/data policy/i.test(reason)) return new ConnectorError('invalid', `ServiceNow refused the change: ${reason}`, 403);
  return new ConnectorError('forbidden', servicenowSpec.messages.permission(reason), 403);
}

export const noIncident = (id: string) =>
  new ConnectorError('not-found', `ServiceNow has no incident ${id} that this user can see (404): it was deleted, or an ACL hides it.`, 404);
