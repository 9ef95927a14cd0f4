import { badRequest } from './http-error';

/**
 * Light shape checks for request bodies. The contract recorder reports a body that breaks the
 * spec; these make sure the sandbox still answers such a body the way Jira would (400 with a
 * message) instead of failing with a 500.
 */

export function objectBody(body: unknown, what = 'request body'): Record<string, unknown> {
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest(`The ${what} must be a JSON object.`);
  return body as Record<string, unknown>;
}

export function optionalArray(value: unknown, field: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badRequest(`'${field}' must be an array.`, { [field]: `'${field}' must be an array.` });
  return value;
}

export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`'${field}' must be a string.`, { [field]: `'${field}' must be a string.` });
  return value;
}
