import './ref-parser-stub';
import { basicAuthHeader, SEED_USERS, startJiraSandbox, type JiraSandbox, type SeedUserKey } from '../../../local/sandbox/jira';
import { createContractRecorder, type ContractRecorder, type ContractViolation } from '../../../local/sandbox/jira/contract';
import { SPECS_DIR } from './specs-dir';

/**
 * One sandbox with a contract recorder for a whole test file: the specs load once (the slow
 * part), every test runs against the same server, and after each test the recorder must be
 * empty. A test that expects violations (a deliberately bad request) takes them itself with
 * `expectViolations`, so an unexpected one is always reported against the test that caused it.
 */

export interface Answer<T = any> {
  status: number;
  body: T;
}

/** Who calls: a seeded account by key, none (anonymous), or a raw Authorization header. */
export type Who = SeedUserKey | null | { authorization: string };

export interface Harness {
  sandbox: JiraSandbox;
  recorder: ContractRecorder;
  /** One request to the sandbox as `who`; the body, if any, is sent as JSON. */
  call<T = any>(who: Who, method: string, path: string, body?: unknown): Promise<Answer<T>>;
  /** Takes the recorded violations and checks they are exactly these (operationId and where). */
  expectViolations(expected: Pick<ContractViolation, 'operationId' | 'where'>[]): ContractViolation[];
  /** The recorder's load time, for the report. */
  loadMs: number;
}

export function useContractSandbox(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    const started = Date.now();
    harness.recorder = await createContractRecorder(SPECS_DIR!);
    harness.loadMs = Date.now() - started;
    harness.sandbox = await startJiraSandbox({ contract: harness.recorder });
  });
  afterAll(async () => {
    await harness.sandbox?.close();
  });
  afterEach(() => {
    expect(harness.recorder.take()).toEqual([]);
  });
  harness.call = async (who, method, path, body) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (who && typeof who === 'object') headers.authorization = who.authorization;
    else if (who) headers.authorization = basicAuthHeader(SEED_USERS[who].accountId);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${harness.sandbox.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  harness.expectViolations = (expected) => {
    const taken = harness.recorder.take();
    expect(taken.map(({ operationId, where }) => ({ operationId, where }))).toEqual(expected);
    return taken;
  };
  return harness;
}

/** Jira platform's error body. */
export const jiraError = { errorMessages: expect.any(Array), errors: expect.any(Object) };
/** JSM's error body. */
export const jsmError = { errorMessage: expect.any(String), i18nErrorMessage: { i18nKey: expect.any(String), parameters: [] } };

export const id = (key: SeedUserKey) => SEED_USERS[key].accountId;
