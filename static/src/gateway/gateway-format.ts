import type { GatewayDesk, GatewayKeyStatus, GatewayKeyView, GatewayOperation } from '../../../src/gateway/gateway-types';

/**
 * Pure wording for the Bot gateway panel: statuses, operations, desks, dates, and the curl
 * example. Kept apart from the components so it is tested without a browser.
 */

export const STATUS_LOOK: Record<GatewayKeyStatus, { label: string; appearance: 'success' | 'removed' | 'moved' }> = {
  active: { label: 'Active', appearance: 'success' },
  expired: { label: 'Expired', appearance: 'moved' },
  revoked: { label: 'Revoked', appearance: 'removed' },
};

export const OPERATION_LABELS: Record<GatewayOperation, string> = {
  create: 'Create requests',
  read: 'Read requests',
  comment: 'Comment',
  transition: 'Transition',
};

/** "SUP · Support" when the project is known, else the desk id. */
export function deskLabel(desks: GatewayDesk[], id: string): string {
  const desk = desks.find((candidate) => candidate.id === id);
  if (!desk?.projectKey) return `Desk ${id}`;
  return desk.projectName ? `${desk.projectKey} · ${desk.projectName}` : desk.projectKey;
}

/** The end of the picked day (UTC) as ISO, for the `expiresAt` of a new key; undefined for none. */
export function expiryFromDate(date: string | undefined): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return `${date}T23:59:59.000Z`;
}

/** "just now", "5 minutes ago", "3 hours ago", else the date. */
export function lastUsedText(iso: string | undefined, now = Date.now()): string {
  if (iso === undefined) return 'Never used';
  const elapsed = now - Date.parse(iso);
  if (Number.isNaN(elapsed)) return 'Never used';
  const minutes = Math.floor(elapsed / 60_000);
  if (minutes < 1) return 'Used just now';
  if (minutes < 60) return `Used ${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `Used ${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `Used on ${iso.slice(0, 10)}`;
}

/** Which row actions a key offers: nothing can be done with a revoked key but read its trail. */
export function keyActions(key: GatewayKeyView): ('audit' | 'rotate' | 'revoke')[] {
  if (key.status === 'revoked') return ['audit'];
  if (key.status === 'expired') return ['audit', 'revoke'];
  return ['audit', 'rotate', 'revoke'];
}

/** The "try it" example: a read-only call every key may make, with a placeholder for the key. */
export function curlExample(url: string, token = 'dbk_…'): string {
  return [`curl -s "${url.replace(/\/$/, '')}/service-desks" \\`, `  -H "Authorization: Bearer ${token}"`].join('\n');
}

/** A second example that raises a request, for keys that may create. */
export function curlCreateExample(url: string, deskId: string, token = 'dbk_…'): string {
  const body = JSON.stringify({ serviceDeskId: deskId, requestTypeId: '<request type id>', customer: { email: 'customer@example.com' }, summary: 'Printer is on fire' });
  return [
    `curl -s -X POST "${url.replace(/\/$/, '')}/requests" \\`,
    `  -H "Authorization: Bearer ${token}" \\`,
    '  -H "Content-Type: application/json" \\',
    `  -H "Idempotency-Key: $(uuidgen)" \\`,
    `  -d '${body}'`,
  ].join('\n');
}
