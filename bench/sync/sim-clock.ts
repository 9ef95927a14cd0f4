/**
 * The benchmark's simulated clock: one clock for everything that reads or waits on time in this
 * process (Date, setTimeout/setInterval), so the sandboxes' rate limiters, Deskbridge's pacing,
 * the queue's delays and the HTTP layers' retry waits all agree, and an hour of rate-limited
 * backfill runs in the seconds its computing takes.
 *
 * It is a discrete-event clock on top of real time: simulated time = real time + a jump offset.
 * Computing advances it as it really takes; waiting does not take real time. When nothing is
 * happening but waiting (no request in flight, see `busy`, and the event loop quiet for a few
 * turns), the clock jumps to the next timer and fires it. So throughput measured on this clock is
 * set by the rate limits and by pacing, as it would be on Forge, not by how fast this machine is.
 *
 * src/ knows nothing of this: it calls Date.now() and setTimeout as any code does; the local
 * runtime's queue delays use setTimeout too. Only the benchmark installs the clock.
 */
export const real = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
  setImmediate: globalThis.setImmediate,
  Date: globalThis.Date,
  now: Date.now.bind(Date),
};

/** Event-loop turns without activity before the clock may jump: lets promise chains and in-memory I/O settle. */
const QUIET_TURNS = 3;

class VirtualTimer {
  cancelled = false;
  refed = true;
  constructor(
    readonly clock: SimClock,
    readonly id: number,
    public due: number,
    readonly delay: number,
    readonly run: () => void,
    readonly repeat: boolean,
  ) {}
  ref() {
    this.refed = true;
    return this;
  }
  unref() {
    this.refed = false;
    return this;
  }
  hasRef() {
    return this.refed;
  }
  refresh() {
    this.due = this.clock.now() + this.delay;
    this.clock.schedule(this);
    return this;
  }
  [Symbol.toPrimitive]() {
    return this.id;
  }
}

export class SimClock {
  private offset = 0;
  private timers: VirtualTimer[] = [];
  private nextId = 1;
  private quiet = 0;
  private installed = false;
  private scheduled = false;
  private requests = 0;
  /** Total simulated time skipped by jumps (ms). */
  jumped = 0;

  now = (): number => real.now() + this.offset;

  /** Sets simulated "now" (before the clock is installed; never backwards once it runs). */
  setNow(at: number): void {
    if (!this.installed) this.offset = Math.max(this.offset, at - real.now());
  }

  /** Requests under way (the wire counts them): while any is, the clock does not jump. */
  get busy(): number {
    return this.requests;
  }

  set busy(count: number) {
    this.requests = count;
    this.kick();
  }

  schedule(timer: VirtualTimer): void {
    this.timers = this.timers.filter((candidate) => candidate !== timer);
    const index = this.timers.findIndex((candidate) => candidate.due > timer.due);
    this.timers.splice(index < 0 ? this.timers.length : index, 0, timer);
    this.kick();
  }

  install(): void {
    if (this.installed) return;
    this.timers = [];
    this.installed = true;
    const clock = this;
    const add = (fn: (...args: unknown[]) => void, ms: number | undefined, args: unknown[], repeat: boolean) => {
      const delay = Math.max(1, Number(ms) || 0);
      const timer: VirtualTimer = new VirtualTimer(clock, clock.nextId++, clock.now() + delay, delay, () => fn(...args), repeat);
      clock.schedule(timer);
      return timer;
    };
    const cancel = (timer: unknown) => {
      if (timer instanceof VirtualTimer) {
        timer.cancelled = true;
        clock.timers = clock.timers.filter((candidate) => candidate !== timer);
      } else if (timer !== undefined) real.clearTimeout(timer as NodeJS.Timeout);
    };
    Object.assign(globalThis, {
      setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => add(fn, ms, args, false),
      setInterval: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => add(fn, ms, args, true),
      clearTimeout: cancel,
      clearInterval: cancel,
    });
    class SimDate extends real.Date {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(clock.now());
        else super(...(args as [string]));
      }
      static now() {
        return clock.now();
      }
    }
    globalThis.Date = SimDate as DateConstructor;
    this.kick();
  }

  /** Back to real time; timers still pending become real timers with what is left of their delay. */
  uninstall(): void {
    if (!this.installed) return;
    this.installed = false;
    Object.assign(globalThis, { setTimeout: real.setTimeout, setInterval: real.setInterval, clearTimeout: real.clearTimeout, clearInterval: real.clearInterval, Date: real.Date });
    for (const timer of this.timers) real.setTimeout(timer.run, Math.max(0, timer.due - this.now())).unref();
    this.timers = [];
  }

  private fireDue(): boolean {
    let fired = false;
    while (this.timers.length > 0 && this.timers[0].due <= this.now()) {
      const timer = this.timers.shift()!;
      if (timer.cancelled) continue;
      fired = true;
      if (timer.repeat) {
        timer.due += timer.delay;
        this.schedule(timer);
      }
      timer.run();
    }
    return fired;
  }

  /** Looks again on the next turn of the event loop (once, however often it is asked). */
  private kick(): void {
    if (this.scheduled || !this.installed) return;
    this.scheduled = true;
    real.setImmediate(this.pump);
  }

  /**
   * Fires what is due; when nothing is under way and the loop stayed quiet for a few turns,
   * jumps to the next timer. It turns with the event loop while timers are pending (firing those
   * that came due while requests ran), and sleeps while none is (a new one kicks it).
   */
  private pump = (): void => {
    this.scheduled = false;
    if (!this.installed) return;
    if (this.fireDue() || this.requests > 0) this.quiet = 0;
    else if (this.timers.length > 0 && ++this.quiet >= QUIET_TURNS) {
      this.quiet = 0;
      const skip = this.timers[0].due - this.now();
      if (skip > 0) {
        this.offset += skip;
        this.jumped += skip;
      }
      this.fireDue();
    }
    if (this.timers.length > 0 || this.requests > 0) this.kick();
  };
}
