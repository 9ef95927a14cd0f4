import { fetch } from '@forge/api';
import type { ConnectionCredentials, ConnectorSpec } from '../connector';
import { ConnectorError } from './connector-error';

export interface VendorRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query on the connection's host, e.g. `/api/v2/tickets?per_page=100`. */
  path: string;
  body?: unknown;
  /** Statuses the adapter handles itself (answered, not thrown). */
  expect?: number[];
}

export interface VendorResponse<T> {
  status: number;
  body: T;
  headers: { get(name: string): string | null };
}

const TIMEOUT_MS = 10_000;
const MAX_ATTEMPTS = 3;
/** Longer waits are reported, not slept through: a resolver has 25 s in all. */
const MAX_RETRY_WAIT_S = 5;

/**
 * The one way Deskbridge calls a help desk: it adds the credentials the vendor's scheme wants,
 * times out, retries only what is transient (429, 5xx, network) within a bounded wait that
 * honours Retry-After, and turns failures into ConnectorErrors whose messages come from the
 * connector's spec. It never puts a credential in an error, and never echoes a response body.
 */
export async function vendorRequest<T>(spec: ConnectorSpec, credentials: ConnectionCredentials, request: VendorRequest): Promise<VendorResponse<T>> {
  const url = `https://${credentials.domain}${request.path}`;
  for (let attempt = 1; ; attempt++) {
    let response: Awaited<ReturnType<typeof fetch>>;
    try {
      response = await fetch(url, {
        method: request.method ?? 'GET',
        headers: {
          Accept: 'application/json',
          ...(request.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...spec.headers,
          Authorization: authorization(spec, credentials),
        },
        body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      } as Parameters<typeof fetch>[1]);
    } catch {
      // A POST whose answer was lost may have been carried out: repeating it could post a reply
      // twice. The caller (the sync's crash-safe copy) decides; idempotent calls are repeated here.
      if (attempt < MAX_ATTEMPTS && !isWrite(request)) {
        await sleep(backoffSeconds(attempt));
        continue;
      }
      throw new ConnectorError('unavailable', spec.messages.unavailable);
    }
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
    // 429 and 503 say the request was not carried out; another 5xx on a POST may hide a done write.
    const transient = response.status === 429 || response.status === 503 || (response.status >= 500 && !isWrite(request));
    if (transient && attempt < MAX_ATTEMPTS && (retryAfter ?? 0) <= MAX_RETRY_WAIT_S) {
      await sleep(retryAfter ?? backoffSeconds(attempt));
      continue;
    }
    if (response.ok || request.expect?.includes(response.status)) {
      const text = await response.text();
      try {
        return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
      } catch {
        throw new ConnectorError('unavailable', `${spec.displayName} sent a response Deskbridge could not read. Try again shortly.`, response.status);
      }
    }
    throw await toConnectorError(spec, response, retryAfter);
  }
}

/** POST creates (a ticket, a reply): not safe to repeat blindly. GET, PUT and DELETE are. */
const isWrite = (request: VendorRequest) => (request.method ?? 'GET') === 'POST';

function authorization(spec: ConnectorSpec, { username, secret }: ConnectionCredentials): string {
  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  switch (spec.auth) {
    case 'basic-key-as-username':
      return basic(secret, 'X');
    case 'basic-email-token':
      return basic(`${username ?? ''}/token`, secret);
    case 'basic-username-password':
      return basic(username ?? '', secret);
    case 'bearer':
      return `Bearer ${secret}`;
  }
}

async function toConnectorError(spec: ConnectorSpec, response: { status: number; text(): Promise<string> }, retryAfter?: number): Promise<ConnectorError> {
  const status = response.status;
  if (status === 401) return new ConnectorError('auth', spec.messages.auth, status);
  if (status === 403) return new ConnectorError('forbidden', spec.messages.permission(await vendorReason(response)), status);
  if (status === 404) return new ConnectorError('not-found', `${spec.displayName} found nothing there (404).`, status);
  if (status === 429) return new ConnectorError('rate-limited', spec.messages.rateLimited(retryAfter ?? 60), status, retryAfter);
  if (status >= 500) return new ConnectorError('unavailable', spec.messages.unavailable, status);
  return new ConnectorError('invalid', `${spec.displayName} refused the request (${status}): ${await vendorReason(response)}`, status);
}

/** A short reason from the vendor's error body: field errors first, then its message fields; bounded, never the raw body. */
async function vendorReason(response: { text(): Promise<string> }): Promise<string> {
  try {
    const body = JSON.parse(await response.text());
    const fieldErrors = Array.isArray(body?.errors)
      ? body.errors
          .slice(0, 3)
          .map((error: { field?: string; message?: string; code?: string }) => [error?.field, error?.message ?? error?.code].filter(Boolean).join(': '))
          .filter(Boolean)
      : [];
    const candidates = [fieldErrors.join('; '), body?.description, body?.message, body?.error?.message, body?.error?.detail, body?.error];
    const reason = candidates.find((candidate) => typeof candidate === 'string' && candidate.trim());
    return reason ? String(reason).slice(0, 300) : 'no reason given';
  } catch {
    return 'no reason given';
  }
}

function retryAfterSeconds(header: string | null): number | undefined {
  const seconds = Number(header);
  return header && Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

const backoffSeconds = (attempt: number) => 0.25 * 2 ** attempt;
const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
