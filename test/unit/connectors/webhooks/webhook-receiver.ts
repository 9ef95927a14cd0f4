import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookInstructions } from '../../../../src/connectors/connector';

/** One request a help-desk sandbox delivered, as Deskbridge's web trigger would get it. */
export interface Received {
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  rawBody: string;
}

/**
 * A stand-in for Deskbridge's web trigger URL in connector tests: records every delivery and
 * answers the statuses queued with `answerNext` (200 once they run out), so a test can make the
 * receiver fail and watch the help desk retry.
 */
export async function startWebhookReceiver() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
      received.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers, rawBody: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/x1/helpdesk-webhook/integration-1`,
    received,
    answerNext: (...next: number[]) => statuses.push(...next),
    clear: () => {
      received.length = 0;
      statuses.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/**
 * A receiver for one test file. Clear it in the file's beforeEach after the sandbox's deliveries
 * have settled, so a delivery a failed test left under way does not land in the next test.
 */
export function useWebhookReceiver() {
  const holder = { receiver: undefined as unknown as WebhookReceiver };
  beforeAll(async () => {
    holder.receiver = await startWebhookReceiver();
  });
  afterAll(() => holder.receiver?.close());
  return holder;
}

/**
 * What an admin does with Deskbridge's instructions in a help desk without a webhook API, done
 * through the sandbox's stand-in for it (`POST /__sandbox/webhooks`).
 */
export async function pasteTarget(
  sandboxUrl: string,
  target: { url: string; headers?: Record<string, string>; payloadTemplate?: string; secret?: string; events?: string[] },
): Promise<string> {
  const response = await fetch(`${sandboxUrl}/__sandbox/webhooks`, { method: 'POST', body: JSON.stringify(target) });
  const body = (await response.json()) as { id?: string; message?: string };
  if (response.status !== 201) throw new Error(`the sandbox refused the target: ${body.message}`);
  return body.id!;
}

/** The instructions' headers as the help desk's form holds them. */
export const headersOf = (instructions: WebhookInstructions): Record<string, string> => Object.fromEntries(instructions.headers.map(({ name, value }) => [name, value]));
