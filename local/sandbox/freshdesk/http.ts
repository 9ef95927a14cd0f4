import type { VendorResponse } from '../vendor/vendor-sandbox';

/** A Freshdesk error answer: https://developers.freshdesk.com/api/#error */
export class FdHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`Freshdesk ${status}`);
  }
}

export interface FieldError {
  field: string;
  message: string;
  code: 'missing_field' | 'invalid_value' | 'duplicate_value' | 'datatype_mismatch' | 'invalid_field';
}

/** 400 with Freshdesk's validation body. */
export const validationFailed = (errors: FieldError[]) => new FdHttpError(400, { description: 'Validation failed', errors });

export const invalidCredentials = () => new FdHttpError(401, { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' });

export const accessDenied = () => new FdHttpError(403, { code: 'access_denied', message: 'You are not authorized to perform this action.' });

/** Freshdesk answers a missing record, route or account with 404 and no body. */
export const notFound = () => new FdHttpError(404);

export const methodNotAllowed = (method: string, allowed: string[]) =>
  new FdHttpError(405, { code: 'method_not_allowed', message: `${method} method is not allowed. It should be one of these method(s): ${allowed.join(', ')}` });

export const unsupportedContentType = () => new FdHttpError(415, { code: 'invalid_content_type', message: 'Content-Type header should have application/json' });

/** Query parameters or body fields Freshdesk does not know for the operation. */
export function rejectUnknown(given: Iterable<string>, allowed: string[]): void {
  const unknown = [...given].filter((field) => !allowed.includes(field));
  if (unknown.length) throw validationFailed(unknown.map((field) => ({ field, message: 'Unexpected/invalid field in request', code: 'invalid_field' })));
}

/** `per_page` (1–100, default 30) and `page` (1 up), as Freshdesk validates them. */
export function paging(query: URLSearchParams, maxPage = Infinity): { page: number; perPage: number } {
  const errors: FieldError[] = [];
  const perPage = query.has('per_page') ? Number(query.get('per_page')) : 30;
  const page = query.has('page') ? Number(query.get('page')) : 1;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) errors.push({ field: 'per_page', message: 'It should be a Positive Integer less than or equal to 100', code: 'invalid_value' });
  if (!Number.isInteger(page) || page < 1) errors.push({ field: 'page', message: 'It should be a Positive Integer', code: 'invalid_value' });
  else if (page > maxPage) errors.push({ field: 'page', message: `It should be less than or equal to ${maxPage}`, code: 'invalid_value' });
  if (errors.length) throw validationFailed(errors);
  return { page, perPage };
}

/** One page of `items`, with the `Link: <…>; rel="next"` header Freshdesk sends when there is more. */
export function page<T>(items: T[], host: string, path: string, query: URLSearchParams, at: { page: number; perPage: number }): { items: T[]; headers: Record<string, string> } {
  const start = (at.page - 1) * at.perPage;
  const slice = items.slice(start, start + at.perPage);
  if (start + at.perPage >= items.length) return { items: slice, headers: {} };
  const next = new URLSearchParams(query);
  next.set('page', String(at.page + 1));
  return { items: slice, headers: { link: `<https://${host}${path}?${next}>; rel="next"` } };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): VendorResponse => ({ status, body, headers });
