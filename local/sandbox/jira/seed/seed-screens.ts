import type { IssueScreens, ScreenField } from '../state/site-state';
import { SEED_CUSTOM_FIELDS, SEED_ISSUE_TYPES } from './seed-ids';

/**
 * Which fields each project's create and edit screens show, per issue type. They differ on
 * purpose, so tests can meet Jira's "field cannot be set: it is not on the appropriate screen":
 * Seats is only on edit screens, Plan only in Support, Renewal date only in Engineering.
 * `project` and `issuetype` are always settable on create, as in Jira; they are not listed.
 */

const field = (fieldId: string, required = false): ScreenField => ({ fieldId, required });

const COMMON = [field('summary', true), field('description'), field('priority'), field('labels'), field('assignee'), field('reporter')];

export function supportScreens(): Record<string, IssueScreens> {
  return {
    [SEED_ISSUE_TYPES.serviceRequest.id]: {
      create: [...COMMON, field(SEED_CUSTOM_FIELDS.region.id), field(SEED_CUSTOM_FIELDS.plan.id)],
      edit: [...COMMON, field(SEED_CUSTOM_FIELDS.region.id), field(SEED_CUSTOM_FIELDS.plan.id), field(SEED_CUSTOM_FIELDS.seats.id)],
    },
  };
}

export function engineeringScreens(): Record<string, IssueScreens> {
  const screens = (): IssueScreens => ({
    create: [...COMMON, field(SEED_CUSTOM_FIELDS.region.id), field(SEED_CUSTOM_FIELDS.renewalDate.id)],
    edit: [...COMMON, field(SEED_CUSTOM_FIELDS.region.id), field(SEED_CUSTOM_FIELDS.renewalDate.id), field(SEED_CUSTOM_FIELDS.seats.id)],
  });
  return { [SEED_ISSUE_TYPES.task.id]: screens(), [SEED_ISSUE_TYPES.bug.id]: screens() };
}
