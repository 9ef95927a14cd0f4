import { getModuleContext } from './api/deskbridge-client';
import { isPageModule, type ModuleContext } from './api/module-context';
import { applyTheme } from './bootstrap/atlaskit-setup';
import { LoadingIndicator } from './components/async-view';
import { BareFrame } from './components/page-frame';
import { ErrorMessage } from './components/page-messages';
import { useLoad } from './hooks/use-load';
import { AdminPage } from './pages/admin/admin-page';
import { GlobalPage } from './pages/global/global-page';
import { ProjectSettingsPage } from './pages/project-settings/project-settings-page';

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
  switch (context.status) {
    case 'loading':
      return <LoadingIndicator label="Loading Deskbridge" />;
    case 'error':
      return (
        <BareFrame>
          <ErrorMessage error={context.error} />
        </BareFrame>
      );
    case 'ready':
      return <PageForModule context={context.data} />;
  }
}

function PageForModule({ context }: { context: ModuleContext }) {
  const { type, project } = context.extension;
  if (!isPageModule(type)) return <UnknownModule type={type} />;
  switch (type) {
    case 'jira:adminPage':
      return <AdminPage />;
    case 'jira:projectSettingsPage':
      return <ProjectSettingsPage project={project} />;
    case 'jira:globalPage':
      return <GlobalPage />;
  }
}

/** Resource `main` rendered by a module it has no page for: a manifest change without UI. */
function UnknownModule({ type }: { type: string }) {
  return (
    <BareFrame>
      <ErrorMessage
        error={{
          kind: 'not-found',
          message: `Deskbridge has no page for the Jira module "${type || 'unknown'}". Open it from Apps, from the admin page or from project settings.`,
        }}
      />
    </BareFrame>
  );
}
