import { useMemo, useState } from 'react';
import { Field } from '@atlaskit/form';
import Select, { AsyncSelect } from '@atlaskit/select';
import type { ProjectOption } from '../../../src/shared/integrations';
import type { AppError } from '../../../src/shared/result';
import { listProjects } from '../api/deskbridge-client';
import type { ProjectRef } from '../api/module-context';
import { toAppError } from '../api/resolver-result';
import { FieldMessage } from '../components/form-messages';
import type { LoadState } from '../hooks/use-load';
import { projectOptions, projectSearch, type Option } from './project-options';

/**
 * The create form's project field. On a project settings page it shows the page's project,
 * fixed. Elsewhere it offers the projects `projects/list` answered and searches the server as the
 * person types, for sites with more projects than one answer holds.
 */

interface ProjectFieldProps {
  projects: LoadState<ProjectOption[]>;
  fixedProject: ProjectRef | undefined;
  /** The server's message for `projectId`, from the last create. */
  error: string | undefined;
}

export function ProjectField({ projects, fixedProject, error }: ProjectFieldProps) {
  const { options, fixed } = projectOptions(projects, fixedProject);
  const [searchError, setSearchError] = useState<AppError | null>(null);
  const loadOptions = useMemo(
    () =>
      projectSearch(
        (query) => {
          setSearchError(null);
          return listProjects(query);
        },
        (failure) => setSearchError(toAppError(failure)),
      ),
    [],
  );
  const listError = projects.status === 'error' ? projects.error.message : undefined;
  const message = error ?? searchError?.message ?? listError;

  return (
    <Field<Option | null> name="project" label="Project" defaultValue={fixed} isRequired isDisabled={fixed !== null}>
      {({ fieldProps: { id, ...rest } }) => (
        <div style={{ width: 240 }} data-testid="create-integration-project">
          {fixed !== null ? (
            <Select<Option> inputId={id} {...rest} options={options} testId="create-integration-project" />
          ) : (
            <AsyncSelect<Option>
              inputId={id}
              {...rest}
              defaultOptions={options}
              loadOptions={loadOptions}
              cacheOptions
              isLoading={projects.status === 'loading'}
              isInvalid={error !== undefined}
              testId="create-integration-project"
              placeholder="Pick a project"
              noOptionsMessage={({ inputValue }) => (inputValue ? `No project you can pick matches "${inputValue}"` : 'No projects')}
            />
          )}
          <FieldMessage field="projectId" error={message} />
        </div>
      )}
    </Field>
  );
}
