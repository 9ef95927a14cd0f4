import type { VendorResponse } from '../vendor/vendor-sandbox';
import type { CommentRecord, Json, TicketRecord, UserRecord } from './state';

/**
 * Zendesk's answers: its error body `{ error, description, details }` (the 401 carries only
 * `error`), and its objects as the API shows them.
 * https://developer.zendesk.com/api-reference/introduction/requests/#400-range
 */

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): VendorResponse => ({ status, body, ...(headers ? { headers } : {}) });

const error = (status: number, name: string, description?: string, details?: Json): VendorResponse => ({
  status,
  body: { error: name, ...(description ? { description } : {}), ...(details ? { details } : {}) },
});

export const unauthorized = (): VendorResponse => ({ status: 401, body: { error: "Couldn't authenticate you" } });
export const forbidden = (): VendorResponse =>
  error(403, 'Forbidden', 'You do not have access to this page. Please contact the account owner of this help desk for further help.');
export const recordNotFound = (): VendorResponse => error(404, 'RecordNotFound', 'Not found');
export const invalidEndpoint = (): VendorResponse => error(404, 'InvalidEndpoint', 'Not found');
/** What a zendesk.com subdomain without an account answers (the sandbox's choice: Zendesk does not document it). */
export const noAccount = (host: string): VendorResponse => error(404, 'RecordNotFound', `No help desk at ${host}`);
export const badRequest = (description: string): VendorResponse => error(400, 'InvalidValue', description);
export const recordInvalid = (field: string, description: string, code = 'InvalidValue'): VendorResponse =>
  error(422, 'RecordInvalid', 'Record validation errors', { [field]: [{ description, error: code }] });
export const rateLimited = (retryAfter: number, limit: number): VendorResponse => ({
  ...error(429, 'APIRateLimitExceeded', 'Number of allowed API requests per minute exceeded'),
  headers: { 'retry-after': String(retryAfter), 'x-rate-limit': String(limit), 'x-rate-limit-remaining': '0' },
});

/**
 * Zendesk sends `null` for unset fields its OpenAPI description types as non-nullable
 * (`priority`, `external_id`, `organization_id`...). The sandbox leaves such fields out instead,
 * so the contract checks pass; clients must read "absent" and "null" alike.
 */
function withoutNulls(object: Json, nullable: readonly string[]): Json {
  return Object.fromEntries(Object.entries(object).filter(([key, value]) => value !== null || nullable.includes(key)));
}

const USER_NULLABLE = ['custom_role_id', 'external_id', 'organization_id', 'phone', 'photo', 'role_type', 'shared_phone_number', 'ticket_restriction', 'two_factor_auth_enabled'];

export const userView = (user: UserRecord): Json => withoutNulls(user, USER_NULLABLE);

/** `generated_timestamp` is shown by incremental exports only. */
export function ticketView(ticket: TicketRecord, options: { export?: boolean } = {}): Json {
  const { generated_timestamp, ...rest } = withoutNulls(ticket, ['due_at']) as TicketRecord;
  return options.export ? { ...rest, generated_timestamp } : rest;
}

export const commentView = (comment: CommentRecord): Json => withoutNulls(comment, []);
