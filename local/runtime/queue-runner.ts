import { randomUUID } from 'node:crypto';

/** The event a consumer receives (`AsyncEvent` of @forge/events). */
export interface DeliveredEvent {
  body: Record<string, unknown>;
  queueName: string;
  jobId: string;
  eventId: string;
  retryContext?: { retryCount: number; retryReason: string; retryData: unknown };
}

/** Runs one consumer invocation; resolves with what the consumer returned. */
export type DeliverEvent = (functionKey: string, event: DeliveredEvent) => Promise<unknown>;

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

// Forge retries an event whose consumer fails or asks for a retry, at most this many times.
const MAX_RETRIES = 4;
const MAX_CONCURRENT = 4;

/**
 * The local Forge async event queue: accepts pushes in the platform's wire format and delivers
 * each event to the queue's consumers from manifest.yml, in parallel, honouring `delayInSeconds`,
 * retrying failures (`InvocationError` or a thrown error) like Forge, and keeping per-job stats.
 */
export class QueueRunner {
  private readonly jobs = new Map<string, JobStats>();
  private readonly pending = new Set<Promise<void>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private closed = false;

  constructor(
    private readonly consumers: Map<string, string[]>,
    private readonly deliver: DeliverEvent,
    private readonly log: (line: string) => void = () => {},
    /** Multiplies every delay (delayInSeconds, retryAfter): tests run hours of backoff in moments. 1 = real time. */
    private readonly delayScale = 1,
  ) {}

  /** Answers `POST /webhook/queue/publish/...`: 201 when accepted, 400 when no consumer listens. */
  push(request: { queueName: string; jobId: string; payload: { body: Record<string, unknown>; delayInSeconds?: number }[] }) {
    const functionKeys = this.consumers.get(request.queueName);
    if (!functionKeys?.length) {
      return { status: 400, body: { message: `No consumer for queue ${request.queueName} in manifest.yml` } };
    }
    const stats = this.jobs.get(request.jobId) ?? { success: 0, inProgress: 0, failed: 0 };
    this.jobs.set(request.jobId, stats);
    for (const pushed of request.payload) {
      for (const functionKey of functionKeys) {
        stats.inProgress++;
        const event: DeliveredEvent = { body: pushed.body, queueName: request.queueName, jobId: request.jobId, eventId: randomUUID() };
        this.track(this.attempt(functionKey, event, stats, (pushed.delayInSeconds ?? 0) * 1000));
      }
    }
    return { status: 201, body: {} };
  }

  stats(jobId: string): JobStats | undefined {
    return this.jobs.get(jobId);
  }

  /** Resolves when every pushed event (and what its consumers pushed in turn) is done. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** True when no event is waiting, delayed or running. */
  idle(): boolean {
    return this.pending.size === 0;
  }

  close(): void {
    this.closed = true;
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private async attempt(functionKey: string, event: DeliveredEvent, stats: JobStats, delayMs: number): Promise<void> {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs * this.delayScale).unref());
    if (this.closed) return;
    await this.slot();
    let retry: { after: number; reason: string; data: unknown } | undefined;
    try {
      const result = (await this.deliver(functionKey, event)) as { toJSON?: () => { _retry?: boolean; retryOptions?: any } };
      const asked = result?.toJSON?.();
      if (asked?._retry) retry = { after: asked.retryOptions?.retryAfter ?? 1, reason: asked.retryOptions?.retryReason ?? 'FUNCTION_RETRY_REQUEST', data: asked.retryOptions?.retryData };
    } catch (error) {
      this.log(`Consumer ${functionKey} failed on event ${event.eventId}: ${error instanceof Error ? error.message : String(error)}`);
      retry = { after: 1, reason: 'FUNCTION_UNHANDLED_ERROR', data: undefined };
    } finally {
      this.release();
    }
    const retryCount = event.retryContext?.retryCount ?? 0;
    if (!retry) {
      stats.inProgress--;
      stats.success++;
    } else if (retryCount >= MAX_RETRIES) {
      stats.inProgress--;
      stats.failed++;
    } else {
      const next = { ...event, retryContext: { retryCount: retryCount + 1, retryReason: retry.reason, retryData: retry.data } };
      this.track(this.attempt(functionKey, next, stats, retry.after * 1000));
    }
  }

  private async slot(): Promise<void> {
    if (this.running < MAX_CONCURRENT) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
