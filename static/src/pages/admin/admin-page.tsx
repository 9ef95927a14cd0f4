import { fetchAppIdentity } from '../../api/deskbridge-client';
import { AsyncView } from '../../components/async-view';
import { PageFrame } from '../../components/page-frame';
import { useLoad } from '../../hooks/use-load';
import { AppIdentityPanel } from './app-identity-panel';

/**
 * `jira:adminPage` (Apps → Manage apps → Deskbridge), seen by Jira admins. For now it shows the
 * identity Deskbridge acts as; connections and integrations join it as they are built, and no
 * control is rendered before it works.
 *
 * Jira shows this page to Jira admins only; that is convenience, not security: every resolver
 * checks the caller's role on the server.
 */
export function AdminPage() {
  const identity = useLoad(fetchAppIdentity, []);
  return (
    <PageFrame testId="page-admin" title="Deskbridge">
      <AsyncView state={identity} label="Loading Deskbridge's app identity">
        {(data) => <AppIdentityPanel identity={data} />}
      </AsyncView>
    </PageFrame>
  );
}
