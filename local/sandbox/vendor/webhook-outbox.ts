import http from 'node:http';
import https from 'node:https';

/** One delivery as the sandbox made it (or dropped it), for tests and the local site. */
export interface DeliveryRecord {
  /** What fired it, e.g. "ticket.updated" or Zendesk's trigger title. */
  label: string;
  url: string;
  attempts: number;
  /** The receiver's last status; absent when it never answered. */
  status?: number;
  error?: string;
  dropped: boolean;
  at: string;
}

export interface OutboxOptions {
  attempts?: number;
  /** Waits before the 2nd, 3rd… attempt. */
  backoffMs?: number[];
  timeoutMs?: number;
}

const KEEP = 200;

/**
 * A help desk's webhook deliveries: asynchronous (the API request that caused one is answered
 * first and never waits for it), fire-and-forget, with a small retry on a network error, 408, 429
 * or 5xx, as help desks retry. `build` is called per attempt, so a signed delivery is signed
 * anew each time. Deliveries can be dropped on purpose: tests model lost webhooks with it.
 */
export class WebhookOutbox {
  readonly deliveries: DeliveryRecord[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  private dropping: { all: boolean; count: number } = { all: false, count: 0 };
  private closed = false;

  constructor(private readonly options: OutboxOptions = {}) {}

  /** `{ drop: true }` drops every delivery until `{ drop: false }`; with `count`, only the next ones. */
  drop(plan: { drop: boolean; count?: number }): void {
    this.dropping = plan.drop ? (plan.count && plan.count > 0 ? { all: false, count: plan.count } : { all: true, count: 0 }) : { all: false, count: 0 };
  }

  send(label: string, build: () => WebhookRequest): void {
    if (this.closed) return;
    if (this.dropping.all || this.dropping.count > 0) {
      if (!this.dropping.all) this.dropping.count--;
      this.record({ label, url: safeUrl(build), attempts: 0, dropped: true, at: new Date().toISOString() });
      return;
    }
    const delivery = this.deliver(label, build)
      .catch((error) => this.record({ label, url: '', attempts: 0, error: error instanceof Error ? error.message : String(error), dropped: false, at: new Date().toISOString() }))
      .finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  /** Resolves once every delivery under way (retries included) has finished. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  reset(): void {
    this.deliveries.length = 0;
    this.dropping = { all: false, count: 0 };
  }

  close(): void {
    this.closed = true;
    for (const [timer, resolve] of this.timers) {
      clearTimeout(timer);
      resolve();
    }
    this.timers.clear();
  }

  private async deliver(label: string, build: () => WebhookRequest): Promise<void> {
    const attempts = this.options.attempts ?? 3;
    const backoff = this.options.backoffMs ?? [250, 1000];
    // Never inside the API request that caused it: the sandbox answers that first.
    await this.wait(0);
    const record: DeliveryRecord = { label, url: '', attempts: 0, dropped: false, at: new Date().toISOString() };
    for (let attempt = 1; attempt <= attempts && !this.closed; attempt++) {
      const request = build();
      record.url = request.url;
      record.attempts = attempt;
      try {
        record.status = await postWebhook(request, this.options.timeoutMs ?? 5000);
        delete record.error;
        if (!(record.status === 408 || record.status === 429 || record.status >= 500)) break;
      } catch (error) {
        record.error = error instanceof Error ? error.message : String(error);
      }
      if (attempt < attempts) await this.wait(backoff[Math.min(attempt - 1, backoff.length - 1)] ?? 1000);
    }
    this.record(record);
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.set(timer, resolve);
    });
  }

  private record(record: DeliveryRecord): void {
    this.deliveries.push(record);
    if (this.deliveries.length > KEEP) this.deliveries.splice(0, this.deliveries.length - KEEP);
  }
}

function safeUrl(build: () => WebhookRequest): string {
  try {
    return build().url;
  } catch {
    return '';
  }
}

/** One webhook request as a help desk sends it. */
export interface WebhookRequest {
  url: string;
  method?: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends one webhook request and resolves with the receiver's status. Plain node:http(s), not
 * fetch: a help desk's outgoing call is not Deskbridge's egress, so the local egress routing must
 * never see it. A fresh connection each time (`agent: false`), as a help desk's delivery worker has.
 */
export function postWebhook(request: WebhookRequest, timeoutMs: number): Promise<number> {
  const url = new URL(request.url);
  const client = url.protocol === 'https:' ? https : http;
  const body = Buffer.from(request.body, 'utf8');
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      url,
      { method: request.method ?? 'POST', headers: { ...request.headers, 'content-length': String(body.length) }, agent: false, timeout: timeoutMs },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
