import { useState } from 'react';
import Heading from '@atlaskit/heading';
import { Label } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { ConnectionView, ConnectorSpecView, ConnectorTool, CreateConnectionPayload } from '../../../src/shared/connections';
import { SuccessMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';
import { ConnectForm } from './connect-form';

/**
 * "Add connection": pick the help desk, then fill in the form its connector describes. After a
 * connection is made the form starts over, empty, and says where the new connection is.
 */

type ToolOption = { value: ConnectorTool; label: string };

interface AddConnectionProps {
  specs: ConnectorSpecView[];
  create: Action<[CreateConnectionPayload], ConnectionView>;
  busy: boolean;
}

export function AddConnection({ specs, create, busy }: AddConnectionProps) {
  const [tool, setTool] = useState<ConnectorTool | null>(null);
  const [connected, setConnected] = useState<ConnectionView | null>(null);
  // A new key after each success gives an empty form (final-form can't reset while submitting).
  const [formKey, setFormKey] = useState(0);
  const options = specs.map((spec): ToolOption => ({ value: spec.tool, label: spec.displayName }));
  const spec = specs.find((candidate) => candidate.tool === tool);

  const onConnected = (connection: ConnectionView) => {
    setConnected(connection);
    setTool(null);
    setFormKey((key) => key + 1);
  };

  return (
    <Stack space="space.150" testId="add-connection">
      <Heading size="small" as="h3">
        Add connection
      </Heading>
      {connected && (
        <SuccessMessage testId="add-connection-success">{`Connected "${connected.name}" (${connected.domain}). It is in the table above.`}</SuccessMessage>
      )}
      <div style={{ width: 260 }} data-testid="add-connection-tool">
        <Label htmlFor="add-connection-tool-input">Help desk</Label>
        <Select<ToolOption>
          inputId="add-connection-tool-input"
          options={options}
          value={options.find((option) => option.value === tool) ?? null}
          onChange={(option) => {
            setTool(option?.value ?? null);
            setConnected(null);
          }}
          isDisabled={create.pending}
          testId="add-connection-tool"
          placeholder="Pick a help desk"
        />
      </div>
      {spec && <ConnectForm key={`${spec.tool}-${formKey}`} spec={spec} create={create} busy={busy} onConnected={onConnected} />}
    </Stack>
  );
}
