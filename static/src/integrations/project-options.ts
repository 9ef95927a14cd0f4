import type { ProjectOption } from '../../../src/shared/integrations';
import type { ProjectRef } from '../api/module-context';
import type { LoadState } from '../hooks/use-load';

/** An Atlaskit Select option. */
export interface Option<V extends string = string> {
  value: V;
  label: string;
}

export const projectLabel = (project: Pick<ProjectOption, 'key' | 'name'>): string =>
  project.name ? `${project.name} (${project.key})` : project.key;

/**
 * The create form's project choices. On a project settings page the page's project is the
 * answer whatever the list says: it is preselected (named from the list when the list has it)
 * and the select is fixed. Elsewhere the list is the choice, and nothing is preselected unless
 * there is exactly one project to pick.
 */
export function projectOptions(
  projects: LoadState<ProjectOption[]>,
  fixedProject: ProjectRef | undefined,
): { options: Option[]; fixed: Option | null } {
  const listed = projects.status === 'ready' ? projects.data : [];
  const options = listed.map((project) => ({ value: project.id, label: projectLabel(project) }));
  if (fixedProject === undefined) return { options, fixed: null };
  const match = listed.find((project) => project.id === fixedProject.id || project.key === fixedProject.key);
  const fixed: Option = match
    ? { value: match.id, label: projectLabel(match) }
    : { value: fixedProject.id, label: fixedProject.key };
  return { options: match ? options : [fixed, ...options], fixed };
}

/**
 * `loadOptions` for the project select: asks the server once the person stops typing (so a
 * word costs one Jira search, not one per key), and answers an empty input with the first list.
 * A failed search shows no options and reports its error through `onError` (shown under the field).
 */
export function projectSearch(
  search: (query: string) => Promise<ProjectOption[]>,
  onError: (error: unknown) => void,
  delayMs = 250,
): (input: string) => Promise<Option[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (input: string) =>
    new Promise((resolve) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        search(input.trim()).then(
          (projects) => resolve(projects.map((project) => ({ value: project.id, label: projectLabel(project) }))),
          (error: unknown) => {
            onError(error);
            resolve([]);
          },
        );
      }, delayMs);
    });
}
