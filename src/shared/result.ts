/**
 * The answer shape of every resolver, shared with the Custom UI in static/.
 * A failed call always carries a kind the UI can branch on and a message a person can act on;
 * never a stack trace, never a secret.
 */
export type ErrorKind =
  | 'invalid' // the payload is wrong: the message says which field and why
  | 'forbidden' // the caller's role does not allow this
  | 'not-found'
  | 'auth' // a product or vendor rejected Deskbridge's credentials
  | 'rate-limited'
  | 'unavailable' // a product or vendor is down or unreachable
  | 'internal'; // a bug: the message says so without details

export interface AppError {
  kind: ErrorKind;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (kind: ErrorKind, message: string): Result<never> => ({ ok: false, error: { kind, message } });
