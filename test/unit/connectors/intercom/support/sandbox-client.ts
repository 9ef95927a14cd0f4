import http from 'node:http';
import { INTERCOM_SANDBOX } from '../../../../../local/sandbox/intercom';

export interface SandboxAnswer {
  status: number;
  body: any;
  headers: { get(name: string): string | null };
}

/**
 * A direct HTTP call to the Intercom sandbox, as a client of `host` (no adapter in between). A
 * fresh connection every time (`agent: false`): a sandbox restarted on a reused port must not
 * meet a kept-alive socket of the one before.
 */
export function callSandbox(
  url: string,
  method: string,
  path: string,
  options: { token?: string | null; host?: string; body?: unknown; version?: string | null } = {},
): Promise<SandboxAnswer> {
  const token = options.token === undefined ? INTERCOM_SANDBOX.secret : options.token;
  const version = options.version === undefined ? '2.15' : options.version;
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {
    'x-forwarded-host': options.host ?? 'api.intercom.io',
    accept: 'application/json',
    ...(version ? { 'intercom-version': version } : {}),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }),
  };
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: response.statusCode ?? 0,
          body: text ? JSON.parse(text) : undefined,
          headers: { get: (name) => (response.headers[name.toLowerCase()] as string | undefined) ?? null },
        });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
}
