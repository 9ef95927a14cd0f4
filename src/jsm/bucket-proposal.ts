import { normaliseCategory } from '../shared/jsm';
import type { Bucket } from './jsm-types';

/**
 * The bucket Deskbridge proposes for a Jira status before an admin has looked at it. Jira's
 * status category says most of it (To Do → New, In Progress → In Progress, Done → Resolved);
 * names settle what categories cannot: a "Waiting for customer" status is In Progress to Jira
 * but Waiting for User to a help desk, and a "Reopened" status is New again whatever its category.
 */

const REOPENED = /\bre-?open/i;
const WAITING = /\b(wait|waiting|pending|awaiting|on hold)\b/i;

export interface StatusLike {
  name: string;
  categoryKey?: string;
}

export function proposeBucket(status: StatusLike): Bucket | null {
  const category = normaliseCategory(status.categoryKey);
  if (REOPENED.test(status.name) && category !== 'done') return 'new';
  switch (category) {
    case 'new':
      return WAITING.test(status.name) ? 'waiting' : 'new';
    case 'indeterminate':
      return WAITING.test(status.name) ? 'waiting' : 'in-progress';
    case 'done':
      return 'resolved';
    default:
      return null;
  }
}
