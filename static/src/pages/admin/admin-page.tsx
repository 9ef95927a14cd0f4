import type { Me } from '../../../../src/shared/roles';
import { fetchAppIdentity, fetchMe } from '../../api/deskbridge-client';
import { AsyncView } from '../../components/async-view';
import { PageFrame } from '../../components/page-frame';
import { NoAccessMessage } from '../../components/page-messages';
import { ConnectionsPanel } from '../../connections/connections-panel';
import { DashboardPanel } from '../../dashboard/dashboard-panel';
import { GatewayPanel } from '../../gateway/gateway-panel';
import { useLoad } from '../../hooks/use-load';
import { IdentityPanel } from '../../identity/identity-panel';
import { PanelFieldsPanel } from '../../issue-panel/panel-fields-panel';
import { IntegrationsPanel } from '../../integrations/integrations-panel';
import { ServiceDesksPanel } from '../../jsm/service-desks-panel';
import { AppIdentityPanel } from './app-identity-panel';
import { ToolGroupsAdminPanel } from './tool-groups-admin-panel';

/**
 * `jira:adminPage` (Apps → Manage apps → Deskbridge), seen by Jira admins: the identity
 * Deskbridge acts as, who gets access (the `deskbridge-jira-<tool>` groups), the help-desk
 * connections (managed by Jira admins only, so on no other page), identity (directory sync,
 * identity map, personal data reporting; also admins only), the bot gateway's keys (admins
 * only), the JSM service desks' readiness and bucket maps (admins only), and every integration.
 *
 * Jira shows this page to Jira admins only; that is convenience, not security: every resolver
 * checks the caller's role on the server. The page still asks, so that someone who reaches it
 * otherwise is told where to go instead of seeing panels that would all fail.
 */
export function AdminPage() {
  const identity = useLoad(fetchAppIdentity, []);
  const me = useLoad(fetchMe, []);
  return (
    <PageFrame testId="page-admin" title="Deskbridge">
      <AsyncView state={identity} label="Loading Deskbridge's app identity">
        {(data) => <AppIdentityPanel identity={data} />}
      </AsyncView>
      <AsyncView state={me} label="Checking your access to Deskbridge">
        {(data) => <AdminPanels me={data} />}
      </AsyncView>
    </PageFrame>
  );
}

function AdminPanels({ me }: { me: Me }) {
  if (!me.isJiraAdmin) {
    return (
      <NoAccessMessage title="Only Jira admins manage Deskbridge here">
        <p>
          {me.isOutsider
            ? 'Ask a Jira admin for access to Deskbridge.'
            : 'You work with Deskbridge on Apps → Deskbridge, or in your project\'s settings.'}
        </p>
      </NoAccessMessage>
    );
  }
  return (
    <>
      <ToolGroupsAdminPanel />
      <ConnectionsPanel me={me} />
      <IdentityPanel me={me} />
      <GatewayPanel me={me} />
      <ServiceDesksPanel />
      <IntegrationsPanel me={me} />
      <DashboardPanel />
      <PanelFieldsPanel />
    </>
  );
}
