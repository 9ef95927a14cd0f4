/** Route matching and authentication: the two things every sandbox request goes through first. */
import { authenticate, basicAuthHeader } from '../../../local/sandbox/jira/auth';
import { HttpError } from '../../../local/sandbox/jira/http-error';
import { ANONYMOUS, type Route } from '../../../local/sandbox/jira/route';
import { RouteMatcher } from '../../../local/sandbox/jira/route-match';
import { ROUTES } from '../../../local/sandbox/jira/routes';
import { SEED_USERS } from '../../../local/sandbox/jira/seed/seed-ids';
import { seedSite } from '../../../local/sandbox/jira/seed/seed-site';

describe('RouteMatcher', () => {
  const matcher = new RouteMatcher(ROUTES);

  test('a static path wins over a template, whatever the table order', () => {
    const reversed = new RouteMatcher([...ROUTES].reverse());
    expect(reversed.match('GET', '/rest/api/3/project/search')?.route.operationId).toBe('searchProjects');
    expect(matcher.match('GET', '/rest/api/3/project/SUP')).toMatchObject({ route: { operationId: 'getProject' }, params: { projectIdOrKey: 'SUP' } });
  });

  test('parameters are decoded; a trailing slash is the same resource; the method must match', () => {
    expect(matcher.match('GET', '/rest/servicedeskapi/servicedesk/1%20/requesttype/')?.params).toEqual({ serviceDeskId: '1 ' });
    expect(matcher.match('DELETE', '/rest/api/3/myself')).toBeUndefined();
    expect(matcher.match('GET', '/rest/api/3/project/SUP/extra')).toBeUndefined();
  });

  test('every Jira or JSM route names its spec operation; only the sandbox’s own and the personal data reporting API have none', () => {
    const unnamed = ROUTES.filter((route: Route) => !route.operationId);
    expect(unnamed.filter((route) => route.family === 'jira' || route.family === 'jsm')).toEqual([]);
    expect(unnamed.filter((route) => route.family === 'privacy').map((route) => route.path)).toEqual(['/app/report-accounts']);
  });

  test('the personal data reporting API answers with and without the trailing slash the guide writes', () => {
    expect(matcher.match('POST', '/app/report-accounts/')?.route.path).toBe('/app/report-accounts');
    expect(matcher.match('POST', '/app/report-accounts')?.route.path).toBe('/app/report-accounts');
  });
});

describe('authenticate', () => {
  const site = seedSite();
  const status = (run: () => unknown) => {
    try {
      run();
      return 200;
    } catch (error) {
      return (error as HttpError).status;
    }
  };

  test('account ids containing colons (apps, customers) sign in', () => {
    for (const user of [SEED_USERS.app, SEED_USERS.customerCasey]) {
      expect(authenticate(site, basicAuthHeader(user.accountId), false).accountId).toBe(user.accountId);
    }
  });

  test('missing credentials are anonymous only where Jira allows it; wrong ones never are', () => {
    expect(authenticate(site, undefined, true)).toBe(ANONYMOUS);
    expect(status(() => authenticate(site, undefined, false))).toBe(401);
    const wrong = `Basic ${Buffer.from(`${SEED_USERS.admin.accountId}:secret`).toString('base64')}`;
    expect(status(() => authenticate(site, wrong, true))).toBe(401);
    expect(status(() => authenticate(site, 'Basic !!!', true))).toBe(401);
  });

  test('a closed account cannot sign in', () => {
    expect(status(() => authenticate(site, basicAuthHeader(SEED_USERS.gdprClosed.accountId), false))).toBe(401);
  });
});
