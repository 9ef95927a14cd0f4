/**
 * Scheduled triggers on their interval under `npm start`: Forge's four intervals map to the right
 * periods, a run still going is not doubled, a failing run is logged and the schedule goes on,
 * and stopping ends every timer. Fake timers: nothing here waits for real minutes.
 */
import { INTERVAL_MS, intervalMs, startIntervalSchedules } from '../../../local/runtime/interval-schedules';

const MINUTE = 60_000;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Lets the promise callbacks of finished runs happen (fake timers do not drive microtasks). */
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

test("Forge's intervals map to five minutes, an hour, a day and a week", () => {
  expect(intervalMs('fiveMinute')).toBe(5 * MINUTE);
  expect(intervalMs('hour')).toBe(60 * MINUTE);
  expect(intervalMs('day')).toBe(24 * 60 * MINUTE);
  expect(intervalMs('week')).toBe(7 * 24 * 60 * MINUTE);
  expect(intervalMs('minute')).toBeUndefined();
  expect(intervalMs('toString')).toBeUndefined();
  expect(Object.keys(INTERVAL_MS)).toEqual(['fiveMinute', 'hour', 'day', 'week']);
});

test('each trigger runs once per interval, not before', async () => {
  const runs: string[] = [];
  const stop = startIntervalSchedules(
    new Map([
      ['sync-poll', { interval: 'fiveMinute' }],
      ['directory', { interval: 'hour' }],
    ]),
    async (key) => void runs.push(key),
    () => {},
  );
  jest.advanceTimersByTime(5 * MINUTE - 1);
  expect(runs).toEqual([]);
  jest.advanceTimersByTime(1);
  await flush();
  expect(runs).toEqual(['sync-poll']);
  // Async: each run finishes before the next tick, as five-minute-apart runs would.
  await jest.advanceTimersByTimeAsync(55 * MINUTE);
  expect(runs.filter((key) => key === 'sync-poll')).toHaveLength(12);
  expect(runs.filter((key) => key === 'directory')).toHaveLength(1);
  stop();
});

test('a tick is skipped while the previous run of the same trigger is still going', async () => {
  const log = jest.fn();
  let finish: () => void = () => {};
  const run = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
  const stop = startIntervalSchedules(new Map([['sync-poll', { interval: 'fiveMinute' }]]), run, log);

  jest.advanceTimersByTime(5 * MINUTE);
  jest.advanceTimersByTime(5 * MINUTE);
  expect(run).toHaveBeenCalledTimes(1);
  expect(log).toHaveBeenCalledWith(expect.stringContaining('sync-poll: the previous run is still going'));

  finish();
  await flush();
  jest.advanceTimersByTime(5 * MINUTE);
  expect(run).toHaveBeenCalledTimes(2);
  stop();
});

test('a failing run is logged, never thrown, and the schedule goes on', async () => {
  const log = jest.fn();
  const run = jest
    .fn<Promise<unknown>, [string]>()
    .mockRejectedValueOnce(new Error('Freshdesk answered 503'))
    .mockImplementationOnce(() => {
      throw new Error('thrown synchronously');
    })
    .mockResolvedValue(undefined);
  const stop = startIntervalSchedules(new Map([['sync-poll', { interval: 'fiveMinute' }]]), run, log);

  jest.advanceTimersByTime(5 * MINUTE);
  await flush();
  jest.advanceTimersByTime(5 * MINUTE);
  await flush();
  jest.advanceTimersByTime(5 * MINUTE);
  await flush();
  expect(run).toHaveBeenCalledTimes(3);
  expect(log).toHaveBeenCalledWith('Scheduled trigger sync-poll failed: Freshdesk answered 503');
  expect(log).toHaveBeenCalledWith('Scheduled trigger sync-poll failed: thrown synchronously');
  stop();
});

test('stopping ends every timer; an unknown interval is reported and never runs', async () => {
  const log = jest.fn();
  const run = jest.fn(async () => {});
  const stop = startIntervalSchedules(
    new Map([
      ['weekly', { interval: 'week' }],
      ['odd', { interval: 'fortnight' }],
    ]),
    run,
    log,
  );
  expect(log).toHaveBeenCalledWith(expect.stringContaining('Scheduled trigger odd: interval "fortnight" is not one of'));
  expect(jest.getTimerCount()).toBe(1);
  stop();
  stop();
  expect(jest.getTimerCount()).toBe(0);
  jest.advanceTimersByTime(14 * 24 * 60 * MINUTE);
  expect(run).not.toHaveBeenCalled();
});

test('timers are unref’d, so they never keep the process alive', () => {
  const spy = jest.spyOn(global, 'setInterval');
  const stop = startIntervalSchedules(new Map([['sync-poll', { interval: 'fiveMinute' }]]), async () => {}, () => {});
  const timer = spy.mock.results[0].value as NodeJS.Timeout;
  expect(timer.hasRef()).toBe(false);
  stop();
  spy.mockRestore();
});
