import type { SyncConfig } from '../../../src/shared/sync-config';
import type { LinkingOptions, StatusProposal } from '../../../src/sync/config/editor-views';

/**
 * Pure steps on the editor's draft config. The server fills only what needs no Jira call; the
 * editor completes a never-saved config from Jira's answers (first request type or issue type,
 * the proposed status mapping) and the person changes whatever they like before saving.
 */

/** A never-chosen issue type (or, for a service desk, request type) becomes the first offered. */
export function prefillLinking(config: SyncConfig, options: LinkingOptions): SyncConfig {
  if (options.project.serviceDesk && config.requestTypeId === undefined && options.requestTypes.length > 0) {
    return withRequestType(config, options.requestTypes[0]);
  }
  if (config.issueTypeId === '' && options.issueTypes.length > 0) return { ...config, issueTypeId: options.issueTypes[0].id };
  return config;
}

/** A request type decides the issue type: JSM raises each request type as one issue type. */
export const withRequestType = (config: SyncConfig, requestType: { id: string; issueTypeId: string }): SyncConfig => ({
  ...config,
  requestTypeId: requestType.id,
  issueTypeId: requestType.issueTypeId,
});

/** The proposal fills an empty status mapping only: never overwrites one the person made. */
export function prefillStatuses(config: SyncConfig, proposal: StatusProposal): SyncConfig {
  const { toJira, toHelpdesk } = config.statuses;
  if (Object.keys(toJira).length + Object.keys(toHelpdesk).length > 0) return config;
  return { ...config, statuses: { ...config.statuses, toJira: proposal.toJira, toHelpdesk: proposal.toHelpdesk } };
}

/** Sets or clears (empty target) one entry of a value map. */
export function setMapEntry(map: Record<string, string>, key: string, target: string | undefined): Record<string, string> {
  const next = { ...map };
  if (target) next[key] = target;
  else delete next[key];
  return next;
}

/** "vip, billing , ,escalated" → ["vip", "billing", "escalated"]. */
export const parseList = (text: string): string[] => [...new Set(text.split(',').map((item) => item.trim()).filter(Boolean))];
