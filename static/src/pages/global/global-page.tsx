import { allToolGroups, hasGlobalAccess } from '../../access/page-access';
import { fetchMe } from '../../api/deskbridge-client';
import { AsyncView } from '../../components/async-view';
import { PageFrame } from '../../components/page-frame';
import { NoAccessMessage } from '../../components/page-messages';
import { useLoad } from '../../hooks/use-load';
import { IntegrationsPanel } from '../../integrations/integrations-panel';
import { ToolGroupsPanel } from './tool-groups-panel';

/**
 * `jira:globalPage` (Apps → Deskbridge), open to every logged-in user. Members of a
 * `deskbridge-jira-<tool>` group work here: their groups, and the integrations of their tools
 * (their own to manage, the others' read-only). Anyone else learns which group to ask for.
 */
export function GlobalPage() {
  const me = useLoad(fetchMe, []);
  return (
    <PageFrame testId="page-global" title="Deskbridge">
      <AsyncView state={me} label="Checking your access to Deskbridge">
        {(data) =>
          hasGlobalAccess(data) ? (
            <>
              <ToolGroupsPanel me={data} />
              <IntegrationsPanel me={data} />
            </>
          ) : (
            <OutsiderMessage />
          )
        }
      </AsyncView>
    </PageFrame>
  );
}

/** Names every group that grants access, so the person can ask a Jira admin for the right one. */
function OutsiderMessage() {
  return (
    <NoAccessMessage title="You don't have access to Deskbridge">
      <p>Ask a Jira admin to add you to the group for the tool you work with:</p>
      <ul data-testid="no-access-groups">
        {allToolGroups().map(({ tool, group, label }) => (
          <li key={tool} data-testid={`no-access-group-${tool}`}>
            <code>{group}</code> for {label}
          </li>
        ))}
      </ul>
      <p>Project administrators manage their projects' integrations from Project settings → Deskbridge.</p>
    </NoAccessMessage>
  );
}

