import { Field, useFormState } from '@atlaskit/form';
import Select from '@atlaskit/select';
import type { ConnectionView, ConnectorTool } from '../../../src/shared/connections';
import type { Tool } from '../../../src/shared/roles';
import { TOOL_LABELS } from '../access/page-access';
import { listConnections } from '../api/deskbridge-client';
import { FieldMessage } from '../components/form-messages';
import { useLoad } from '../hooks/use-load';
import type { Option } from './project-options';

/**
 * The create form's connection field: the help-desk connections of the tool picked in the same
 * form, from `connections/list` (the server lists only those the caller may use). Optional for
 * now; shown only once a tool with connections (not JSM) is picked, and listed again whenever
 * the tool changes, so a connection an admin just added shows up.
 */

export interface ConnectionOption extends Option {
  tool: ConnectorTool;
}

const STATUS_SUFFIX: Record<ConnectionView['status'], string> = { connected: '', disconnected: ' (disconnected)', error: ' (error)' };

const toOption = (connection: ConnectionView): ConnectionOption => ({
  value: connection.id,
  label: `${connection.name} · ${connection.domain}${STATUS_SUFFIX[connection.status]}`,
  tool: connection.tool,
});

const hasConnections = (tool: Tool | null | undefined): tool is ConnectorTool => tool !== null && tool !== undefined && tool !== 'jsm';

/** The connection to send: only one of the tool the form will create the integration for. */
export const connectionIdFor = (connection: ConnectionOption | null | undefined, tool: Tool | undefined): string | undefined =>
  connection && connection.tool === tool ? connection.value : undefined;

export function ConnectionField({ error }: { error: string | undefined }) {
  const form = useFormState<{ tool?: Option<Tool> | null }>({ values: true });
  const tool = form?.values.tool?.value;
  const connections = useLoad(() => (hasConnections(tool) ? listConnections() : Promise.resolve([])), [tool]);
  if (!hasConnections(tool)) return null;
  const options = connections.status === 'ready' ? connections.data.filter((connection) => connection.tool === tool).map(toOption) : [];
  const none = connections.status === 'ready' && options.length === 0;
  const message = error ?? (connections.status === 'error' ? connections.error.message : undefined);

  return (
    <Field<ConnectionOption | null> name="connection" label="Connection" defaultValue={null}>
      {({ fieldProps: { id, value, ...rest } }) => (
        <div style={{ width: 240 }} data-testid="create-integration-connection">
          <Select<ConnectionOption>
            inputId={id}
            {...rest}
            // A connection picked for another tool no longer applies: show none (and send none).
            value={value && value.tool === tool ? value : null}
            options={options}
            isClearable
            isLoading={connections.status === 'loading'}
            isInvalid={error !== undefined}
            testId="create-integration-connection"
            placeholder={none ? 'None yet' : `Pick a ${TOOL_LABELS[tool]} connection`}
          />
          <FieldMessage
            field="connectionId"
            error={message}
            helper={none ? `No ${TOOL_LABELS[tool]} connection yet: Jira admins add them on the admin page.` : 'Optional for now.'}
          />
        </div>
      )}
    </Field>
  );
}
