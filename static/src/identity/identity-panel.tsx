import { useCallback, useState } from 'react';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { Me } from '../../../src/shared/roles';
import { fetchIdentityStatus } from '../api/deskbridge-client';
import { AsyncView } from '../components/async-view';
import { Panel } from '../components/panel';
import { useResource } from '../hooks/use-resource';
import { AddLinkForm } from './add-link-form';
import { CsvImport } from './csv-import';
import { DirectorySection } from './directory-section';
import type { ToolFilter } from './identity-format';
import { IdentityMapSection } from './identity-map-section';
import { PersonalDataSection } from './personal-data-section';
import { useDirectorySync } from './use-directory-sync';
import { useIdentityChanges } from './use-identity-changes';
import { useIdentityLinks } from './use-identity-links';

/**
 * The Identity panel of the admin page (Jira admins only): who is who between the help desks
 * and Jira, and how Deskbridge keeps that within Atlassian's personal data rules. Deskbridge
 * reads the site's directory as the app (accountIds; emails only where Jira shows them), maps
 * help-desk contacts to accounts, and reports and erases accountIds on Atlassian's cycle.
 * Everything shown is counts and ids: no names, no emails.
 */

const sectionStyles = xcss({
  borderBlockStartColor: 'color.border',
  borderBlockStartStyle: 'solid',
  borderBlockStartWidth: 'border.width',
  paddingBlockStart: 'space.200',
});

export function IdentityPanel({ me }: { me: Me }) {
  const status = useResource(fetchIdentityStatus, []);
  const [filter, setFilter] = useState<ToolFilter>('all');
  const links = useIdentityLinks(filter);
  const { reload: reloadLinks } = links;
  const { reload: reloadStatus } = status;
  const sync = useDirectorySync(status, reloadLinks);
  const onMapChanged = useCallback(() => {
    reloadLinks();
    void reloadStatus();
  }, [reloadLinks, reloadStatus]);
  const changes = useIdentityChanges(onMapChanged);

  return (
    <Panel testId="identity-panel" title="Identity">
      <p data-testid="identity-intro">
        Deskbridge reads your site's users as the app, by accountId, and maps help-desk contacts and agents to them, so
        comments and requests carry the right Jira account. It keeps no names and, where Jira shows them, only a keyed
        hash of emails.
      </p>
      <AsyncView state={status.state} label="Loading the identity status">
        {(data) => (
          <Stack space="space.300">
            <DirectorySection status={data} sync={sync} />
            <Box xcss={sectionStyles}>
              <PersonalDataSection personalData={data.personalData} />
            </Box>
          </Stack>
        )}
      </AsyncView>
      <Box xcss={sectionStyles}>
        <IdentityMapSection links={links} filter={filter} onFilter={setFilter} changes={changes} callerAccountId={me.accountId} />
      </Box>
      <Box xcss={sectionStyles}>
        <AddLinkForm set={changes.set} busy={changes.busy} />
      </Box>
      <Box xcss={sectionStyles}>
        <CsvImport importCsv={changes.importCsv} busy={changes.busy} />
      </Box>
    </Panel>
  );
}
