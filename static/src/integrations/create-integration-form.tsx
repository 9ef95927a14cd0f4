import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Form, { Field, FormFooter } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { CreateIntegrationPayload, IntegrationView } from '../../../src/shared/integrations';
import type { Me, Tool } from '../../../src/shared/roles';
import { creatableTools } from '../access/integration-access';
import { TOOL_LABELS } from '../access/page-access';
import { listProjects } from '../api/deskbridge-client';
import { splitFormErrors } from '../api/field-errors';
import type { ProjectRef } from '../api/module-context';
import { FieldMessage, FormErrorMessage, SuccessMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';
import { useLoad } from '../hooks/use-load';
import { ConnectionField, connectionIdFor, type ConnectionOption } from './connection-field';
import { ProjectField } from './project-field';
import type { Option } from './project-options';

/**
 * Creates an integration owned by the caller. The tool select offers only the tools the caller
 * may use; the project select lists what `projects/list` answers (on a project settings page,
 * that project only: preselected and fixed); the connection select, once a tool is picked, that
 * tool's connections. Every rule is the server's: its `invalid` message is split onto the fields
 * it names.
 */

const FIELDS = ['name', 'tool', 'projectId', 'connectionId'] as const;

interface Values {
  name: string;
  tool: Option<Tool> | null;
  project: Option | null;
  connection?: ConnectionOption | null;
}

interface CreateIntegrationFormProps {
  me: Me;
  /** The page's project (project settings): the only target, not changeable. */
  fixedProject?: ProjectRef;
  create: Action<[CreateIntegrationPayload], IntegrationView>;
  /** Another change is running in the panel. */
  busy: boolean;
}

export function CreateIntegrationForm({ me, fixedProject, create, busy }: CreateIntegrationFormProps) {
  const projects = useLoad(() => listProjects(), []);
  const [created, setCreated] = useState<IntegrationView | null>(null);
  // A new key after each success gives a fresh, empty form (final-form can't reset while submitting);
  // the projects' arrival remounts it too, so the fixed project shows its name, not only its key.
  const [formKey, setFormKey] = useState(0);
  const tools = creatableTools(me).map((tool): Option<Tool> => ({ value: tool, label: TOOL_LABELS[tool] }));
  const errors = create.error ? splitFormErrors(create.error, FIELDS) : { fields: {} as Partial<Record<(typeof FIELDS)[number], string>> };

  const submit = async ({ name, tool, project, connection }: Values) => {
    setCreated(null);
    const connectionId = connectionIdFor(connection, tool?.value);
    const payload = { name, tool: (tool?.value ?? '') as Tool, projectId: project?.value ?? '', ...(connectionId ? { connectionId } : {}) };
    const integration = await create.run(payload);
    if (integration) {
      setCreated(integration);
      setFormKey((key) => key + 1);
    }
  };

  return (
    <Stack space="space.100" testId="create-integration">
      <Heading size="small" as="h3">
        Create integration
      </Heading>
      {created && (
        <SuccessMessage testId="create-integration-success">{`Created "${created.name}" for ${created.project.key}. You own it: it is in the table above.`}</SuccessMessage>
      )}
      <Form<Values> key={`${formKey}-${projects.status}`} onSubmit={submit} isDisabled={create.pending} label="Create integration">
        <Inline space="space.200" shouldWrap alignBlock="start">
          <Field<string> name="name" label="Name" defaultValue="" isRequired>
            {({ fieldProps }) => (
              <div style={{ width: 260 }}>
                <Textfield {...fieldProps} isInvalid={errors.fields.name !== undefined} testId="create-integration-name" placeholder="e.g. Freshdesk escalations" />
                <FieldMessage field="name" error={errors.fields.name} />
              </div>
            )}
          </Field>
          <Field<Option<Tool> | null> name="tool" label="Tool" defaultValue={tools.length === 1 ? tools[0] : null} isRequired>
            {({ fieldProps: { id, ...rest } }) => (
              <div style={{ width: 220 }} data-testid="create-integration-tool">
                <Select<Option<Tool>> inputId={id} {...rest} options={tools} isInvalid={errors.fields.tool !== undefined} testId="create-integration-tool" placeholder="Pick a tool" />
                <FieldMessage field="tool" error={errors.fields.tool} />
              </div>
            )}
          </Field>
          <ProjectField projects={projects} fixedProject={fixedProject} error={errors.fields.projectId} />
          <ConnectionField error={errors.fields.connectionId} />
        </Inline>
        <FormErrorMessage error={errors.form} />
        <FormFooter align="start">
          <Button type="submit" appearance="primary" isLoading={create.pending} isDisabled={busy && !create.pending} testId="create-integration-submit">
            Create integration
          </Button>
        </FormFooter>
      </Form>
    </Stack>
  );
}
