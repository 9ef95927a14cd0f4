import { route } from '@forge/api';
import { requestJira, type Principal } from './jira-request';

export interface JiraUser {
  accountId: string;
  accountType: string;
  displayName: string;
  active: boolean;
  /** Present only when the profile's email visibility lets the caller (here: the app) see it; most do not. */
  emailAddress?: string;
}

/**
 * The account the principal acts as. Called as the app, this is Deskbridge's own account
 * (accountType "app"): the reporter of the issues Deskbridge creates.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
 */
export async function getMyself(principal: Principal): Promise<JiraUser> {
  const { body } = await requestJira<JiraUser>(route`/rest/api/3/myself`, { as: principal });
  return body;
}
