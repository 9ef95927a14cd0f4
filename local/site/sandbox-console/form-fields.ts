import { ConsoleError } from './sandbox-call';

/**
 * Reading the console's form posts. The browser checks `required` and `maxlength` too, but a
 * post can come from anywhere (curl, a stale tab), so the server checks again and answers with a
 * sentence naming the field, which the page shows above the forms.
 */

/** What a form post answers: the sentence to show after the redirect, and where to land. */
export interface ActionOutcome {
  notice: string;
  /** The element id the redirect scrolls to. */
  anchor?: string;
}

/** Form bodies are a few text fields; anything bigger is not from the console's forms. */
export const MAX_FORM_BYTES = 64 * 1024;
const MAX_TEXT = 10_000;

export class FormFields {
  constructor(private readonly params: URLSearchParams) {}

  static parse(body: string): FormFields {
    if (Buffer.byteLength(body) > MAX_FORM_BYTES) throw new ConsoleError('That form was too large to send.');
    return new FormFields(new URLSearchParams(body));
  }

  /** The value, trimmed; '' when absent. */
  optional(name: string, max = MAX_TEXT): string {
    const value = (this.params.get(name) ?? '').trim();
    if (value.length > max) throw new ConsoleError(`${label(name)} is too long (at most ${max} characters).`);
    return value;
  }

  required(name: string, max = MAX_TEXT): string {
    const value = this.optional(name, max);
    if (!value) throw new ConsoleError(`${label(name)} is required.`);
    return value;
  }

  /** One of `allowed`, or a sentence saying which ones are. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.required(name, 200);
    if (!(allowed as readonly string[]).includes(value)) throw new ConsoleError(`${label(name)} must be one of: ${allowed.join(', ')}.`);
    return value as T;
  }

  integer(name: string): number {
    const value = this.required(name, 12);
    if (!/^\d+$/.test(value)) throw new ConsoleError(`${label(name)} must be a whole number.`);
    return Number(value);
  }
}

const label = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
