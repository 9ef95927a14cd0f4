import { FRESHDESK_SANDBOX, startFreshdeskSandbox, type FreshdeskSandbox } from '../../../../local/sandbox/freshdesk';

/** Plain HTTP to the sandbox, as a Freshdesk client would send it (no egress routing, no adapter). */
export interface RawAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export function useFreshdeskSandbox() {
  const holder = { sandbox: undefined as unknown as FreshdeskSandbox };
  beforeAll(async () => {
    holder.sandbox = await startFreshdeskSandbox({});
  });
  afterAll(() => holder.sandbox?.close());
  return holder;
}

export async function fd(
  sandbox: FreshdeskSandbox,
  method: string,
  path: string,
  options: { key?: string | null; body?: unknown; host?: string; contentType?: string } = {},
): Promise<RawAnswer> {
  const key = options.key === undefined ? FRESHDESK_SANDBOX.secret : options.key;
  const headers: Record<string, string> = { 'x-forwarded-host': options.host ?? FRESHDESK_SANDBOX.domain, accept: 'application/json' };
  if (key !== null) headers.authorization = `Basic ${Buffer.from(`${key}:X`).toString('base64')}`;
  if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await fetch(`${sandbox.url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
