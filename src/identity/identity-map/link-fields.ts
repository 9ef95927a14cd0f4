import type { ConnectorTool } from '../../connectors/connector';
import { CONNECTOR_TOOLS } from '../../connectors/registry';
import type { JiraUser } from '../../jira/get-myself';

/**
 * The rules a link's fields follow, shared by the one-at-a-time resolver and the CSV import so
 * both say the same thing about the same mistake.
 */

/** Atlassian: "an accountId is 1-128 characters long, and may contain alphanumeric characters, as well as - and :". */
export const ACCOUNT_ID_PATTERN = /^[A-Za-z0-9:-]{1,128}$/;
export const MAX_CONTACT_ID = 200;

export const isKnownTool = (value: string): value is ConnectorTool => (CONNECTOR_TOOLS as string[]).includes(value);

export function toolProblem(value: string): string | undefined {
  return isKnownTool(value) ? undefined : `"${value.slice(0, 40)}" is not a tool Deskbridge connects to (use one of ${CONNECTOR_TOOLS.join(', ')}).`;
}

export function contactIdProblem(value: string): string | undefined {
  if (!value) return 'The contact id is empty: give the help-desk id of the contact or agent.';
  if (value.length > MAX_CONTACT_ID) return `The contact id is longer than ${MAX_CONTACT_ID} characters.`;
  return undefined;
}

export function accountIdProblem(value: string): string | undefined {
  if (!value) return 'The accountId is empty: give the Jira accountId of the person.';
  return ACCOUNT_ID_PATTERN.test(value) ? undefined : 'That is not an Atlassian accountId (1-128 letters, digits, "-" or ":").';
}

/** Why an account cannot stand for a help-desk contact, or undefined when it can. */
export function accountProblem(user: Pick<JiraUser, 'active' | 'accountType'> | undefined): string | undefined {
  if (!user) return 'No Jira account has this accountId on this site.';
  if (user.accountType === 'app') return 'This is an app account; map contacts to people or JSM customers only.';
  if (!user.active) return 'This Jira account is deactivated; map the contact to an active account.';
  return undefined;
}
