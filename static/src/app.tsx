import { getModuleContext } from './api/deskbridge-client';
import type { ModuleContext } from './api/module-context';
import { AsyncView } from './components/async-view';
import { ErrorMessage } from './components/page-messages';
import { useLoad } from './hooks/use-load';
import { AdminPage } from './pages/admin/admin-page';
import { GlobalPage } from './pages/global/global-page';
import { ProjectSettingsPage } from './pages/project-settings/project-settings-page';
import { applyTheme } from './theme/apply-theme';

/**
 * One bundle serves the three Jira modules of resource `main`; the module context Jira passes
 * (`extension.type`) picks the page. The theme is applied before the first page renders, so the
 * page never flashes in the wrong colours.
 */

async function loadContext(): Promise<ModuleContext> {
  const context = await getModuleContext();
  await applyTheme(context.theme);
  return context;
}

export function App() {
  const context = useLoad(loadContext, []);
  return (
    <AsyncView state={context} label="Loading Deskbridge">
      {(data) => <PageForModule context={data} />}
    </AsyncView>
  );
}

function PageForModule({ context }: { context: ModuleContext }) {
  const { type, project } = context.extension;
  switch (type) {
    case 'jira:adminPage':
      return <AdminPage />;
    case 'jira:projectSettingsPage':
      return <ProjectSettingsPage project={project} />;
    case 'jira:globalPage':
      return <GlobalPage />;
    default:
      return (
        <ErrorMessage
          error={{
            kind: 'not-found',
            message: `Deskbridge has no page for the Jira module "${type || 'unknown'}". Open it from Apps, from the admin page or from project settings.`,
          }}
        />
      );
  }
}
