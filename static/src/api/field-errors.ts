import type { AppError } from '../../../src/shared/result';

/**
 * Splits a resolver's error between the fields of a form and the form as a whole.
 *
 * The server answers an invalid payload with kind `invalid` and a message of the form
 * "field: message; field: message" (one part per zod issue, see src/resolvers/define-resolver.ts).
 * Parts that name a field of the form go under that field; everything else, and every error of
 * another kind, is for the whole form. Messages are kept verbatim: the server wrote them for people.
 */

export interface FormErrors<F extends string> {
  /** Message per field of the form, shown under that field. */
  fields: Partial<Record<F, string>>;
  /** What no field owns (forbidden, not-found, unavailable, unattributed invalid parts). */
  form?: AppError;
}

const FIELD_PART = /^([A-Za-z][\w.]*): (.+)$/s;

/**
 * @param fallbackField  The field an `invalid` message without a field prefix is about, for forms
 *   with one obvious field (rename: the name; transfer: the new owner).
 */
export function splitFormErrors<F extends string>(
  error: AppError,
  formFields: readonly F[],
  fallbackField?: F,
): FormErrors<F> {
  if (error.kind !== 'invalid') return { fields: {}, form: error };
  const fields: Partial<Record<F, string>> = {};
  const unattributed: string[] = [];
  for (const part of error.message.split('; ')) {
    const match = FIELD_PART.exec(part.trim());
    const field = match && formFields.find((candidate) => candidate === match[1]);
    if (match && field) {
      fields[field] = fields[field] ? `${fields[field]} ${match[2]}` : match[2];
    } else if (part.trim() !== '') {
      unattributed.push(part.trim());
    }
  }
  if (unattributed.length > 0 && fallbackField !== undefined && Object.keys(fields).length === 0) {
    fields[fallbackField] = unattributed.join(' ');
    return { fields };
  }
  return unattributed.length > 0 ? { fields, form: { kind: 'invalid', message: unattributed.join('; ') } } : { fields };
}

/** True when there is nothing to show. */
export const hasNoErrors = <F extends string>(errors: FormErrors<F>): boolean =>
  errors.form === undefined && Object.keys(errors.fields).length === 0;
