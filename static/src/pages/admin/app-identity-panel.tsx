import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import type { AppIdentity } from '../../../../src/shared/roles';
import { Panel, PanelField } from '../../components/panel';

/**
 * The app's own Jira account: the identity that replaces the human integration user. Jira admins
 * need to recognise it as the reporter of the issues Deskbridge creates, and to trust that no
 * person's account or API token is involved.
 */

interface AppIdentityPanelProps {
  identity: AppIdentity;
}

export function AppIdentityPanel({ identity }: AppIdentityPanelProps) {
  const { app, site } = identity;
  return (
    <Panel testId="app-identity" title="App identity">
      <p data-testid="app-identity-statement">
        Deskbridge acts in Jira as <strong data-testid="app-identity-display-name">{app.displayName}</strong>; issues it
        creates show this reporter.
      </p>
      <Inline space="space.500" shouldWrap rowSpace="space.200">
        <PanelField label="Account ID" testId="app-identity-account-id">
          <code>{app.accountId}</code>
        </PanelField>
        <PanelField label="Account type" testId="app-identity-account-type">
          <Lozenge appearance={app.accountType === 'app' ? 'success' : 'moved'}>{app.accountType}</Lozenge>
        </PanelField>
        <PanelField label="Site" testId="app-identity-site-url">
          {site.url === '' ? <Text color="color.text.subtle">Not reported by Jira</Text> : <Text>{site.url}</Text>}
        </PanelField>
      </Inline>
      <p data-testid="app-identity-explanation">
        No integration user and no Atlassian API token are needed: Deskbridge calls Jira as this app account, which Jira
        created when Deskbridge was installed and which holds only the permissions granted to the app.
      </p>
    </Panel>
  );
}
