import { ok, type RouteContext, type RouteResult } from '../route';

/**
 * Version and base URL of the site. Jira serves this anonymously; the base URL is the site's
 * public URL (what `self` links use), not the sandbox's loopback address, so code that builds
 * links to the site gets realistic ones.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-server-info/#api-rest-api-3-serverinfo-get
 */
export function getServerInfo({ site }: RouteContext): RouteResult {
  return ok({
    baseUrl: site.baseUrl,
    displayUrl: site.baseUrl,
    displayUrlServicedeskHelpCenter: `${site.baseUrl}/servicedesk/customer/portals`,
    version: '1001.0.0-SNAPSHOT',
    versionNumbers: [1001, 0, 0],
    deploymentType: 'Cloud',
    buildNumber: 100298,
    buildDate: '2025-12-01T00:00:00.000+0000',
    serverTime: jiraTimestamp(new Date()),
    scmInfo: 'deskbridge-sandbox',
    serverTitle: 'Jira',
    serverTimeZone: 'Etc/UTC',
  });
}

/** Jira writes timestamps as `2025-12-01T09:30:00.000+0000`: numeric offset without a colon. */
export function jiraTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}
