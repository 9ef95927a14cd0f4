import type { ConnectorSpecView, CreateConnectionPayload, FieldSpec } from '../../../src/shared/connections';
import type { AppError } from '../../../src/shared/result';
import { splitFormErrors, type FormErrors } from '../api/field-errors';

/**
 * The connect form's model, apart from its rendering: from what the person typed to the
 * `connections/create` payload (only the fields that connector's spec has, select answers as
 * their value, nothing trimmed or rewritten: the server normalises and validates), and from the
 * server's answer back to messages under fields or above the button.
 */

/** The payload fields an `invalid` answer may name for the connect form. */
export type ConnectFormField = FieldSpec['key'] | 'name';

/** A select's answer (Intercom's region) or a typed text. */
export type FieldValue = string | { value: string; label: string } | null | undefined;

export type ConnectFormValues = Partial<Record<ConnectFormField, FieldValue>>;

const textOf = (value: FieldValue): string => (typeof value === 'string' ? value : (value?.value ?? ''));

/** Fields of this connector's form that server messages may be split onto. */
export const connectFormFields = (spec: ConnectorSpecView): ConnectFormField[] => [...spec.fields.map((field) => field.key), 'name'];

export function toCreatePayload(spec: ConnectorSpecView, values: ConnectFormValues): CreateConnectionPayload {
  const has = (key: FieldSpec['key']) => spec.fields.some((field) => field.key === key);
  const payload: CreateConnectionPayload = {
    tool: spec.tool,
    name: textOf(values.name),
    domain: textOf(values.domain),
    secret: textOf(values.secret),
  };
  if (has('username')) payload.username = textOf(values.username);
  return payload;
}

/** The server's refusal, split onto this connector's fields; the rest is for the form as a whole. */
export const connectFormErrors = (spec: ConnectorSpecView, error: AppError | null): FormErrors<ConnectFormField> =>
  error ? splitFormErrors(error, connectFormFields(spec)) : { fields: {} };

/**
 * The title over a form-level refusal. By kind alone an `auth` answer would read "Jira rejected
 * Deskbridge", but here it is the help desk refusing a key: say what did not happen instead.
 * `invalid` keeps its usual "Check what you entered".
 */
export function refusalTitle(error: AppError | null, attempt: 'connect' | 'reconnect' | 'rotate', displayName: string): string | undefined {
  if (!error || error.kind === 'invalid') return undefined;
  if (attempt === 'rotate') return 'The key was not replaced';
  return `Couldn't ${attempt} to ${displayName}`;
}
