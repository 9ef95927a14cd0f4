import { useEffect } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { IntegrationView } from '../../../src/shared/integrations';
import { TOOL_LABELS } from '../access/page-access';
import { FormErrorMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';

/**
 * Asks before deleting, and says exactly what goes: the integration and its log. What it synced
 * stays: tickets in the help desk and issues in Jira keep their content.
 */

interface DeleteIntegrationConfirmProps {
  integration: IntegrationView;
  remove: Action<[IntegrationView], { id: string }>;
  onDone: () => void;
  onCancel: () => void;
}

export function DeleteIntegrationConfirm({ integration, remove, onDone, onCancel }: DeleteIntegrationConfirmProps) {
  const { clearError } = remove;
  useEffect(() => clearError(), [integration.id, clearError]);
  const tool = TOOL_LABELS[integration.tool];

  const confirm = async () => {
    if (await remove.run(integration)) onDone();
  };

  return (
    <Stack space="space.200" testId={`delete-confirm-${integration.id}`}>
      <SectionMessage appearance="warning" title={`Delete "${integration.name}"?`}>
        <p data-testid="delete-integration-consequences">
          This deletes the integration and its log. Tickets in {tool} and issues in {integration.project.key} that it linked
          keep their content; they just stop syncing. You can't undo this.
        </p>
      </SectionMessage>
      <FormErrorMessage error={remove.error} />
      <Inline space="space.100">
        <Button appearance="danger" onClick={confirm} isLoading={remove.pending} testId="delete-integration-confirm">
          Delete
        </Button>
        <Button appearance="subtle" onClick={onCancel} isDisabled={remove.pending} testId="delete-integration-cancel">
          Cancel
        </Button>
      </Inline>
    </Stack>
  );
}
