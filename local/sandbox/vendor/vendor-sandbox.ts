import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ContractRecorder } from '../jira/contract';
import { FaultInjector, type FaultPlan } from './faults';
import { handleWebhookControl } from './webhook-control';
import { WebhookOutbox } from './webhook-outbox';

/** A request as a vendor sandbox sees it: the vendor host it was meant for, the parsed JSON body. */
export interface VendorRequest {
  method: string;
  /** The vendor host the client called (e.g. acme.freshdesk.com), from `x-forwarded-host` or `host`. */
  host: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body; undefined when empty. */
  body: unknown;
}

export interface VendorResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface VendorSandboxOptions<State> {
  /** Short name for logs and errors, e.g. "freshdesk". */
  name: string;
  port?: number;
  /** JSON file the state is loaded from and saved to after every change, so a restart keeps it. */
  statePath?: string;
  /** Checks every exchange against the vendor's OpenAPI description (contract tests). */
  contract?: ContractRecorder;
  /** The seeded state (accounts, agents, tickets with comments). */
  seed: () => State;
  /** Answers one vendor API request against the state; returns whether it changed the state. Changes go out as webhooks through `webhooks`. */
  handle: (request: VendorRequest, state: State, webhooks: WebhookOutbox) => Promise<{ response: VendorResponse; changed?: boolean }> | { response: VendorResponse; changed?: boolean };
  /** Whether `POST /__sandbox/webhooks` adds targets: help desks whose webhooks an admin pastes in (Zendesk's come from its API). */
  pasteWebhooks?: boolean;
}

export interface VendorSandbox<State> {
  url: string;
  state: State;
  /** Faults for the next requests (429, 500, slow, malformed JSON), also settable over HTTP. */
  faults: FaultInjector;
  /** The help desk's outgoing webhooks: deliveries made, `settled()`, and `drop()` to lose them on purpose. */
  webhooks: WebhookOutbox;
  reset(): void;
  close(): Promise<void>;
}

/**
 * The common part of every help-desk sandbox: a loopback HTTP server that routes by the vendor
 * host the client meant to call, persists its state, and can inject faults. Sandbox endpoints of
 * its own live under `/__sandbox/` (reset, faults, webhooks); everything else is the vendor's API.
 */
export async function startVendorSandbox<State>(options: VendorSandboxOptions<State>): Promise<VendorSandbox<State>> {
  const load = (): State => (options.statePath && fs.existsSync(options.statePath) ? JSON.parse(fs.readFileSync(options.statePath, 'utf8')) : options.seed());
  const sandbox = { state: load(), faults: new FaultInjector(), webhooks: new WebhookOutbox() } as VendorSandbox<State>;
  const save = () => {
    if (!options.statePath) return;
    fs.mkdirSync(path.dirname(options.statePath), { recursive: true });
    fs.writeFileSync(`${options.statePath}.tmp`, JSON.stringify(sandbox.state));
    fs.renameSync(`${options.statePath}.tmp`, options.statePath);
  };
  sandbox.reset = () => {
    sandbox.state = options.seed();
    sandbox.faults.clear();
    sandbox.webhooks.reset();
    save();
  };

  const server = http.createServer(async (req, res) => {
    try {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://sandbox');
      if (url.pathname === '/__sandbox/reset' && req.method === 'POST') {
        sandbox.reset();
        return send(res, { status: 204 });
      }
      if (url.pathname === '/__sandbox/faults' && req.method === 'POST') {
        sandbox.faults.plan(JSON.parse(raw || '{}') as FaultPlan);
        return send(res, { status: 204 });
      }
      if (url.pathname.startsWith('/__sandbox/webhooks')) {
        const control = handleWebhookControl({ method: req.method ?? 'GET', path: url.pathname, body: raw }, sandbox.state, sandbox.webhooks, { name: options.name, paste: Boolean(options.pasteWebhooks) });
        if (control.changed) save();
        return send(res, control.response);
      }
      const fault = sandbox.faults.next();
      if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault?.kind === 'status') return send(res, { status: fault.status, body: fault.body, headers: fault.headers });
      if (fault?.kind === 'malformed') return sendRaw(res, 200, '{"truncated": ');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        return send(res, { status: 400, body: { message: 'Request body is not valid JSON' } });
      }
      const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? '').split(':')[0].toLowerCase();
      const { response, changed } = await options.handle({ method: req.method ?? 'GET', host, path: url.pathname, query: url.searchParams, headers: req.headers, body }, sandbox.state, sandbox.webhooks);
      if (changed) save();
      options.contract?.record({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        requestHeaders: req.headers,
        requestBody: raw,
        status: response.status,
        responseHeaders: response.body === undefined ? { ...response.headers } : { 'content-type': 'application/json; charset=utf-8', ...response.headers },
        responseBody: response.body === undefined ? '' : JSON.stringify(response.body),
      });
      send(res, response);
    } catch (error) {
      process.stderr.write(`[sandbox-${options.name}] ${req.method} ${req.url} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      if (!res.headersSent) send(res, { status: 500, body: { message: 'Sandbox error' } });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  sandbox.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sandbox.close = () =>
    new Promise((resolve) => {
      save();
      sandbox.webhooks.close();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return sandbox;
}

function send(res: http.ServerResponse, response: VendorResponse): void {
  const text = response.body === undefined ? '' : JSON.stringify(response.body);
  sendRaw(res, response.status, text, response.headers);
}

function sendRaw(res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...headers });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
