/**
 * One HTTP call from the console to a sandbox, and what the person sees when it fails. The
 * console shows vendor refusals as the vendor words them ("email: It should be in the 'valid
 * email address' format"), because those are what a person can fix in the form; anything else
 * becomes a short sentence. Stacks and credentials never reach the page.
 */

/** A failure whose message is fit for the page. */
export class ConsoleError extends Error {
  override name = 'ConsoleError';
}

/** Turns a vendor's error body into one line. */
export type DescribeProblem = (body: unknown) => string | undefined;

const MAX_PROBLEM = 400;

export async function callSandbox(system: string, url: string, init: RequestInit, describe: DescribeProblem): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch {
    throw new ConsoleError(`${system} did not answer at ${new URL(url).origin}: is it running?`);
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the text for the message below.
  }
  if (!response.ok) {
    const problem = (describe(body) ?? (typeof body === 'string' ? body : '')).trim().slice(0, MAX_PROBLEM);
    throw new ConsoleError(`${system} answered ${response.status}${problem ? `: ${problem}` : ''}`);
  }
  return body;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Freshdesk: `{ description, errors: [{ field, message }] }` or `{ code, message }`. https://developers.freshdesk.com/api/#error */
export const freshdeskProblem: DescribeProblem = (body) => {
  if (!isObject(body)) return undefined;
  if (Array.isArray(body.errors)) {
    const fields = body.errors.filter(isObject).map((error) => `${error.field ?? ''}: ${error.message ?? error.code ?? ''}`);
    return [body.description, ...fields].filter(Boolean).join('; ');
  }
  return [body.message, body.code].find((value) => typeof value === 'string') as string | undefined;
};

/** Jira: `{ errorMessages: [], errors: { field: message } }`. https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes */
export const jiraProblem: DescribeProblem = (body) => {
  if (!isObject(body)) return undefined;
  const messages = Array.isArray(body.errorMessages) ? body.errorMessages.map(String) : [];
  const fields = isObject(body.errors) ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`) : [];
  const all = [...messages, ...fields];
  return all.length ? all.join('; ') : typeof body.message === 'string' ? body.message : undefined;
};
