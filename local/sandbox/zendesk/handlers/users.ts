import { randomBytes } from 'node:crypto';
import type { Caller } from '../auth';
import { ok, unauthorized, userView } from '../responses';
import type { Handled } from './context';

/**
 * GET /api/v2/users/me — "Allowed for: Anonymous users": without credentials Zendesk answers
 * the anonymous user (id null, role end-user) rather than 401.
 * https://developer.zendesk.com/api-reference/ticketing/users/users/#show-self
 */
export function showCurrentUser(caller: Caller): Handled {
  if (caller.kind === 'rejected') return { response: unauthorized() };
  const authenticity_token = randomBytes(32).toString('base64');
  if (caller.kind === 'anonymous') return { response: ok({ user: { ...anonymousUser(), authenticity_token } }) };
  return { response: ok({ user: { ...userView(caller.user), authenticity_token } }) };
}

function anonymousUser() {
  return {
    id: null,
    url: null,
    name: 'Anonymous user',
    email: 'invalid@example.com',
    created_at: null,
    updated_at: null,
    time_zone: 'UTC',
    iana_time_zone: 'Etc/UTC',
    phone: null,
    shared_phone_number: null,
    photo: null,
    locale_id: 1,
    locale: 'en-US',
    organization_id: null,
    role: 'end-user',
    verified: false,
  };
}
