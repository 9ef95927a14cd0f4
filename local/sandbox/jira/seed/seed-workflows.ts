import type { StatusRecord, TransitionRecord } from '../state/site-state';

/**
 * The two seeded workflows. Deskbridge maps help-desk statuses onto the buckets New/Reopened,
 * In Progress, Waiting for User and Resolved/Closed, so the JSM workflow has one status per bucket
 * (and both Resolved and Closed, and Reopened) while the software one is the plain three-step flow.
 * Status ids follow Jira's built-in ids where Jira has one (3 In Progress, 4 Reopened, 5 Resolved,
 * 6 Closed), so the shapes look like a real site's.
 */

export const SERVICE_DESK_STATUSES: StatusRecord[] = [
  { id: '10010', name: 'New', category: 'new' },
  { id: '3', name: 'In Progress', category: 'indeterminate' },
  { id: '10011', name: 'Waiting for customer', category: 'indeterminate' },
  { id: '5', name: 'Resolved', category: 'done' },
  { id: '6', name: 'Closed', category: 'done' },
  { id: '4', name: 'Reopened', category: 'new' },
];

export const SERVICE_DESK_TRANSITIONS: TransitionRecord[] = [
  { id: '11', name: 'Start progress', from: ['10010', '4'], to: '3' },
  { id: '21', name: 'Wait for customer', from: ['10010', '3', '4'], to: '10011' },
  { id: '31', name: 'Respond to support', from: ['10011'], to: '3' },
  // Resolving asks for a resolution (and lets the agent reassign), as JSM's resolve screen does.
  {
    id: '41',
    name: 'Resolve',
    from: ['10010', '3', '10011', '4'],
    to: '5',
    fields: [
      { fieldId: 'assignee', required: false },
      { fieldId: 'resolution', required: true },
    ],
  },
  { id: '51', name: 'Close', from: ['5'], to: '6' },
  { id: '61', name: 'Reopen', from: ['5', '6'], to: '4' },
];

export const SOFTWARE_STATUSES: StatusRecord[] = [
  { id: '10020', name: 'To Do', category: 'new' },
  { id: '3', name: 'In Progress', category: 'indeterminate' },
  { id: '10021', name: 'Done', category: 'done' },
];

/** Software projects in Jira Cloud allow any status to any status: global transitions. */
export const SOFTWARE_TRANSITIONS: TransitionRecord[] = [
  { id: '11', name: 'To Do', from: [], to: '10020' },
  { id: '21', name: 'In Progress', from: [], to: '3' },
  { id: '31', name: 'Done', from: [], to: '10021' },
];

/** Jira's status categories, with the ids and colours Jira uses. */
export const STATUS_CATEGORIES = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
} as const;
