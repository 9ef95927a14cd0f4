import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ContractRecorder } from './contract';
import { dispatch } from './dispatch';
import { takeEvents, type ProductEventHub } from './events/product-events';
import { limitedCall, type AppLimits } from './rate-limit-hook';
import { RouteMatcher } from './route-match';
import { ROUTES } from './routes';
import type { SiteStore } from './state/site-store';

/**
 * The HTTP side of the sandbox: read the request, dispatch it, show the exchange to the contract
 * recorder, answer, and save state after a successful mutating request. The recorder sees the
 * exchange before the client gets the answer, so a test that awaited a response can assert on
 * violations straight away.
 */
export function createSandboxServer(store: SiteStore, contract?: ContractRecorder, events?: ProductEventHub, limits?: AppLimits): Server {
  const matcher = new RouteMatcher(ROUTES);
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`[sandbox-jira] could not answer ${req.method} ${req.url}: ${String(error)}\n`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const request = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, rawBody };
    const limited = limitedCall(limits, matcher, request);
    if (limited?.refusal) {
      res.writeHead(429, { 'content-type': 'application/json;charset=UTF-8', ...limited.refusal.headers });
      res.end(JSON.stringify({ errorMessages: ['Rate limit exceeded'] }));
      return;
    }
    const response = dispatch(store, matcher, request);
    const body = response.body === undefined ? '' : JSON.stringify(response.body);
    const headers: Record<string, string> = { ...(body ? { 'content-type': 'application/json;charset=UTF-8' } : {}), ...response.headers, ...limited?.after(response.body) };
    contract?.record({
      method: request.method,
      url: request.url,
      requestHeaders: req.headers,
      requestBody: rawBody,
      status: response.status,
      responseHeaders: headers,
      responseBody: body,
      route: response.route ? { path: response.route.path, operationId: response.route.operationId } : undefined,
    });
    // Product events go out after the change is saved, and whatever a listener does, after the answer.
    const raised = takeEvents(store.site);
    if (response.route?.mutates && (response.status < 400 || raised.length > 0)) store.save();
    res.writeHead(response.status, { ...headers, 'content-length': Buffer.byteLength(body) });
    res.end(body);
    events?.publish(raised);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
