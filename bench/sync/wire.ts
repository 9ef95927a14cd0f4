/**
 * The wire between Deskbridge and the sandboxes, as the sync benchmark sees it: every request the
 * local platform makes (Jira calls and help-desk egress both go through the runtime's native
 * fetch) passes here. It counts the calls consumer invocations make, per side, with their 429s;
 * it tells the simulated clock while a request is under way (the clock must not jump then); and it
 * adds a network latency on the simulated clock, since loopback answers in microseconds and a
 * Forge function talking to Jira or a help desk waits far longer.
 *
 * It must load before local/runtime/egress.ts, which keeps the native fetch it finds.
 */
import http from 'node:http';
import { currentInvocation } from '../../local/runtime/invocation-scope';
import { SimClock } from './sim-clock';

export const clock = new SimClock();

export interface WireCounts {
  calls: number;
  throttled: number;
  methods: Record<string, number>;
}

const emptyCounts = (): Record<'jira' | 'helpdesk', WireCounts> => ({
  jira: { calls: 0, throttled: 0, methods: {} },
  helpdesk: { calls: 0, throttled: 0, methods: {} },
});

export const wire = {
  jiraUrl: '',
  /** Modelled latency per call (simulated ms); 0 = none. Bulk creates add `perIssueMs` for each issue. */
  latency: { jira: 0, helpdesk: 0, perIssueMs: 0 },
  counts: emptyCounts(),
  reset() {
    this.counts = emptyCounts();
  },
};

const holder = globalThis as { __deskbridgeNativeFetch__?: typeof fetch };
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * The sandboxes listen on loopback over plain HTTP: `http.request` with a keep-alive agent
 * carries their calls with a fraction of fetch's per-call work (WHATWG streams on both ends), which
 * is most of what a benchmark of tens of thousands of calls spends. Answers are whole buffers.
 */
function loopback(url: URL, init: RequestInit | undefined): Promise<{ status: number; headers: Headers; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => (headers[name] = value));
    const request = http.request(url, { method: init?.method ?? 'GET', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) answer.set(name, Array.isArray(value) ? value.join(', ') : value);
        resolve({ status: response.statusCode ?? 500, headers: answer, body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    });
    request.on('error', (error) => reject(Object.assign(new TypeError(`fetch failed: ${error.message}`), { cause: error })));
    request.end(typeof init?.body === 'string' ? init.body : undefined);
  });
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

holder.__deskbridgeNativeFetch__ = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = input instanceof Request ? input.url : String(input);
  const side = wire.jiraUrl && url.startsWith(wire.jiraUrl) ? 'jira' : 'helpdesk';
  const consumer = currentInvocation()?.moduleType === 'core:consumer';
  if (consumer) {
    const body = typeof init?.body === 'string' ? init.body : '';
    const issues = side === 'jira' && url.includes('/issue/bulk') ? (body.match(/"project":/g) ?? []).length : 0;
    const latency = wire.latency[side] + issues * wire.latency.perIssueMs;
    if (latency > 0) await sleep(latency);
  }
  clock.busy += 1;
  const span = { start: performance.now(), end: Number.POSITIVE_INFINITY };
  (currentInvocation() as { network?: { start: number; end: number }[] } | undefined)?.network?.push(span);
  try {
    const response = await loopback(new URL(url), init);
    if (consumer) {
      const counts = wire.counts[side];
      const method = (init?.method ?? 'GET').toUpperCase();
      counts.calls += 1;
      counts.methods[method] = (counts.methods[method] ?? 0) + 1;
      if (response.status === 429) counts.throttled += 1;
    }
    const empty = response.body.byteLength === 0 || response.status === 204 || response.status === 304;
    return new Response(empty ? null : new Uint8Array(response.body), { status: response.status, headers: response.headers });
  } finally {
    span.end = performance.now();
    clock.busy -= 1;
  }
};
