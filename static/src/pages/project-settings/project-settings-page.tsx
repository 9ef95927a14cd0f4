import { Stack } from '@atlaskit/primitives';
import type { Me } from '../../../../src/shared/roles';
import { projectAccess } from '../../access/page-access';
import { fetchMe } from '../../api/deskbridge-client';
import type { ProjectRef } from '../../api/module-context';
import { AsyncView } from '../../components/async-view';
import { PageFrame } from '../../components/page-frame';
import { ErrorMessage, NoAccessMessage } from '../../components/page-messages';
import { useLoad } from '../../hooks/use-load';
import { IntegrationsPanel } from '../../integrations/integrations-panel';

/**
 * `jira:projectSettingsPage` (Project settings → Deskbridge). Project administrators of this
 * project, and Jira admins, manage its integrations here; anyone else is told who does.
 */

const PAGE_TEST_ID = 'page-project-settings';

export function ProjectSettingsPage({ project }: { project: ProjectRef | undefined }) {
  if (project === undefined) {
    return (
      <PageFrame testId={PAGE_TEST_ID} title="Deskbridge">
        <ErrorMessage
          error={{
            kind: 'not-found',
            message: "Jira didn't say which project this page belongs to. Open Deskbridge from the project's settings.",
          }}
        />
      </PageFrame>
    );
  }
  return <ProjectSettings project={project} />;
}

function ProjectSettings({ project }: { project: ProjectRef }) {
  const me = useLoad(fetchMe, [project.key]);
  return (
    <PageFrame testId={PAGE_TEST_ID} title={`Deskbridge — ${project.key}`}>
      <AsyncView state={me} label={`Checking your access to Deskbridge in ${project.key}`}>
        {(data) => <ProjectAccessView me={data} project={project} />}
      </AsyncView>
    </PageFrame>
  );
}

function ProjectAccessView({ me, project }: { me: Me; project: ProjectRef }) {
  const projectKey = project.key;
  const access = projectAccess(me, projectKey);
  if (!access.canManage) {
    return (
      <NoAccessMessage title={`You don't have access to Deskbridge in ${projectKey}`}>
        <p>
          Project administrators of {projectKey} manage Deskbridge here. Ask one of them, or a Jira admin, if this project
          needs a help-desk integration.
        </p>
      </NoAccessMessage>
    );
  }
  return (
    <div data-testid="project-integrations">
      <Stack space="space.150">
        <p data-testid="project-access-reason" data-reason={access.because}>
          {access.because === 'project-admin'
            ? `You manage ${projectKey}'s integrations because you administer ${projectKey}.`
            : `You manage ${projectKey}'s integrations because you are a Jira admin.`}
        </p>
        <IntegrationsPanel me={me} project={project} />
      </Stack>
    </div>
  );
}
