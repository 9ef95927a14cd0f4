import type { IntegrationView } from '../../../src/shared/integrations';
import { TOOL_LABELS } from '../access/page-access';
import { ConfirmAction } from '../components/confirm-action';
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
  const tool = TOOL_LABELS[integration.tool];
  return (
    <ConfirmAction
      subject={integration}
      subjectKey={integration.id}
      action={remove}
      title={`Delete "${integration.name}"?`}
      consequences={`This deletes the integration and its log. Tickets in ${tool} and issues in ${integration.project.key} that it linked keep their content; they just stop syncing. You can't undo this.`}
      confirmLabel="Delete"
      confirmAppearance="danger"
      testIds={{
        box: `delete-confirm-${integration.id}`,
        consequences: 'delete-integration-consequences',
        confirm: 'delete-integration-confirm',
        cancel: 'delete-integration-cancel',
      }}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
