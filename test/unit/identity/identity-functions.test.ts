/**
 * The identity functions as the manifest declares them: queues with consumers, daily triggers,
 * and the time budget the code assumes equal to the manifest's timeoutSeconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import * as entryPoints from '../../../src/index';
import { IDENTITY_FUNCTION_TIMEOUT_SECONDS } from '../../../src/identity/invocation-budget';
import { QUEUE } from '../../../src/storage/keys';

const modules = parse(fs.readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8')).modules;
const functionByKey = new Map<string, { key: string; handler: string; timeoutSeconds?: number }>(modules.function.map((fn: { key: string }) => [fn.key, fn]));

test('every identity queue has exactly one consumer, whose function is a plain export of src/index.ts', () => {
  for (const queue of Object.values(QUEUE)) {
    const consumers = modules.consumer.filter((consumer: { queue: string }) => consumer.queue === queue);
    expect(consumers).toHaveLength(1);
    const fn = functionByKey.get(consumers[0].function)!;
    const exportName = fn.handler.split('.')[1] as keyof typeof entryPoints;
    expect(typeof entryPoints[exportName]).toBe('function');
  }
});

test('the directory sync and the reporting check run daily', () => {
  const intervals = Object.fromEntries(modules.scheduledTrigger.map((trigger: { key: string; interval: string }) => [trigger.key, trigger.interval]));
  expect(intervals).toMatchObject({ 'identity-directory-sync': 'day', 'identity-personal-data-report': 'day' });
});

test("the identity functions' timeoutSeconds is the one the time budget halves", () => {
  const identity = [
    ...modules.consumer.filter((consumer: { queue: string }) => consumer.queue.startsWith('identity-')).map((consumer: { function: string }) => consumer.function),
    ...modules.scheduledTrigger.filter((trigger: { key: string }) => trigger.key.startsWith('identity-')).map((trigger: { function: string }) => trigger.function),
  ];
  expect(identity).toHaveLength(4);
  for (const key of identity) expect([key, functionByKey.get(key)!.timeoutSeconds]).toEqual([key, IDENTITY_FUNCTION_TIMEOUT_SECONDS]);
});
