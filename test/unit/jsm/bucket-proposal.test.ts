import { DeskBuckets } from '../../../src/jsm/bucket-map-store';
import { proposeBucket } from '../../../src/jsm/bucket-proposal';
import { normaliseCategory } from '../../../src/shared/jsm';

test.each([
  ['New', 'new', 'new'],
  ['Open', 'new', 'new'],
  ['Awaiting approval', 'new', 'waiting'],
  ['In Progress', 'indeterminate', 'in-progress'],
  ['Escalated', 'indeterminate', 'in-progress'],
  ['Waiting for customer', 'indeterminate', 'waiting'],
  ['Pending', 'indeterminate', 'waiting'],
  ['On hold', 'indeterminate', 'waiting'],
  ['Reopened', 'indeterminate', 'new'],
  ['Re-opened', 'new', 'new'],
  ['Resolved', 'done', 'resolved'],
  ['Closed', 'done', 'resolved'],
  ["Won't fix (reopen later)", 'done', 'resolved'],
  ['Mystery', undefined, null],
])('"%s" (%s) is proposed as %s', (name, categoryKey, bucket) => {
  expect(proposeBucket({ name, categoryKey })).toBe(bucket);
});

test("Jira's three spellings of status categories mean the same", () => {
  expect(['new', 'TODO', 'NEW'].map(normaliseCategory)).toEqual(['new', 'new', 'new']);
  expect(['indeterminate', 'IN_PROGRESS', 'INDETERMINATE'].map(normaliseCategory)).toEqual(['indeterminate', 'indeterminate', 'indeterminate']);
  expect(['done', 'DONE'].map(normaliseCategory)).toEqual(['done', 'done']);
  expect(['UNDEFINED', undefined, 'weird'].map(normaliseCategory)).toEqual(['undefined', 'undefined', 'undefined']);
});

test('a saved bucket wins over the proposal, found by status id or, where JSM gives none, by name', () => {
  const buckets = new DeskBuckets({ serviceDeskId: '1', savedAt: '2026-01-01T00:00:00.000Z', statuses: [{ id: '10011', name: 'Waiting for customer', bucket: 'in-progress' }] });
  expect(buckets.bucketOf({ id: '10011', name: 'Renamed since', categoryKey: 'indeterminate' })).toBe('in-progress');
  expect(buckets.bucketOf({ name: 'waiting for CUSTOMER', categoryKey: 'INDETERMINATE' })).toBe('in-progress');
  expect(buckets.bucketOf({ id: '5', name: 'Resolved', categoryKey: 'done' })).toBe('resolved');
  expect(buckets.savedBucketOf({ id: '5', name: 'Resolved' })).toBeUndefined();
});
