import type { Bucket, CustomFieldType, SyncConfig } from '../../shared/sync-config';

/**
 * What the integration editor (static/src/sync-config) and the sync-config resolvers exchange.
 * Types and two constants only, no runtime imports: the Custom UI bundles this file.
 */

/** The editor's steps that hold settings, in order; the review step shows them all. */
export const SYNC_STEPS = ['direction', 'linking', 'fields', 'statuses', 'comments'] as const;
export type SyncStep = (typeof SYNC_STEPS)[number];

/** How each step is named in the editor and at the start of every problem message about it. */
export const SYNC_STEP_LABELS: Record<SyncStep, string> = {
  direction: 'Direction',
  linking: 'What links',
  fields: 'Field mapping',
  statuses: 'Status mapping',
  comments: 'Comments',
};

/** One reason a config can't be saved, e.g. { step: 'fields', message: "Field mapping: Jira field 'Plan' has no option 'Gold' …" }. */
export interface SyncConfigProblem {
  step: SyncStep;
  message: string;
}

/** `sync-config/get`: the stored config, or the defaults for a never-saved integration. */
export interface SyncConfigState {
  integrationId: string;
  config: SyncConfig;
  /** False until the first valid save: the config shown is the defaults, and enabling waits for a save. */
  saved: boolean;
  /** ISO time of the last valid save. */
  savedAt?: string;
  /** The caller may save and enable (same rule as editing the integration). */
  canEdit: boolean;
}

/** A Jira field the editor offers for custom field mappings. */
export interface JiraFieldOption {
  id: string;
  name: string;
  /** `other` fields (users, cascading selects…) are listed but can't be mapped. */
  type: CustomFieldType | 'other';
  /** Select fields: the option values. */
  options?: string[];
  onCreateScreen: boolean;
  /** Unknown (undefined) when the project has no issue of the type yet to read the edit screen from. */
  onEditScreen?: boolean;
  requiredOnCreate: boolean;
}

export interface JiraStatusOption {
  id: string;
  name: string;
  category: 'new' | 'indeterminate' | 'done';
  /** The bucket the proposal files it under (by category and name). */
  bucket: Bucket;
  /** Some workflow transition leads to it: only then can a to-Jira status mapping target it. */
  reachable: boolean;
}

export interface HelpdeskPriority {
  /** What the connector reports on a ticket (e.g. `urgent`). */
  value: string;
  label: string;
}

export interface HelpdeskOptions {
  /** False for JSM-only integrations and integrations without a usable connection. */
  available: boolean;
  /** Why the help desk's side is missing or partial, for the editor to show. */
  note?: string;
  statuses: { id: string; name: string; bucket: Bucket }[];
  priorities: HelpdeskPriority[];
}

/** Which part of the options the editor asks for: each step loads only what it shows. */
export const OPTION_PARTS = ['linking', 'fields', 'statuses'] as const;
export type OptionPart = (typeof OPTION_PARTS)[number];

/** `sync-config/options` with part `linking`: issue/request types and the ticket filter's choices. */
export interface LinkingOptions {
  project: { id: string; key: string; name: string; serviceDesk: boolean };
  issueTypes: { id: string; name: string }[];
  /** JSM projects: the desk's request types, each with the issue type it raises. */
  requestTypes: { id: string; name: string; issueTypeId: string }[];
  helpdesk: HelpdeskOptions;
}

/** Part `fields`: the Jira side of the field mappings for one issue type, and the help desk's priorities. */
export interface FieldOptions {
  issueTypeId: string;
  jiraFields: JiraFieldOption[];
  jiraPriorities: { id: string; name: string }[];
  helpdesk: HelpdeskOptions;
}

/** Part `statuses`: both sides' statuses. */
export interface StatusOptions {
  issueTypeId: string;
  jiraStatuses: JiraStatusOption[];
  /** Why reachability is unknown (Jira didn't show the workflow), when it is. */
  jiraNote?: string;
  helpdesk: HelpdeskOptions;
}

export interface OptionsByPart {
  linking: LinkingOptions;
  fields: FieldOptions;
  statuses: StatusOptions;
}

/** `sync-config/propose-statuses`: a default mapping both ways, by bucket. */
export interface StatusProposal {
  toJira: Record<string, string>;
  toHelpdesk: Record<string, string>;
}
