import type { BucketMapView, ReadinessCheck } from '../../../src/shared/jsm';
import { draftOf, groupChecks, hasChanges, summarise } from '../../../static/src/jsm/jsm-format';

const check = (id: string, area: ReadinessCheck['area'], outcome: ReadinessCheck['outcome']): ReadinessCheck => ({ id, area, outcome, title: id, detail: '' });

test('checks are grouped in fixing order, empty areas left out', () => {
  const groups = groupChecks([check('p', 'permissions', 'pass'), check('w', 'workflow', 'fail'), check('b', 'buckets', 'pass')]);
  expect(groups.map((group) => [group.label, group.checks.map((item) => item.id)])).toEqual([
    ['Workflows', ['w']],
    ["Deskbridge's permissions", ['p']],
    ['Bucket map', ['b']],
  ]);
});

test('the summary counts failures and checks that could not run', () => {
  expect(summarise([check('a', 'workflow', 'pass'), check('b', 'buckets', 'pass')])).toEqual({ ready: true, text: 'Ready: all 2 checks pass.' });
  expect(summarise([check('a', 'workflow', 'fail'), check('b', 'screen', 'unknown'), check('c', 'buckets', 'pass')])).toEqual({
    ready: false,
    text: 'Not ready: 1 of 3 checks fail, 1 could not be checked yet. Each says what to change.',
  });
});

test('saving is offered while the map is only proposed, or when a bucket changed', () => {
  const view: BucketMapView = {
    serviceDeskId: '1',
    projectKey: 'SUP',
    rows: [{ statusId: '1', name: 'New', categoryKey: 'new', bucket: 'new', proposed: 'new', saved: true }],
  };
  expect(hasChanges(view, draftOf(view))).toBe(false);
  expect(hasChanges(view, { '1': 'waiting' })).toBe(true);
  expect(hasChanges({ ...view, rows: [{ ...view.rows[0], saved: false }] }, draftOf(view))).toBe(true);
});
