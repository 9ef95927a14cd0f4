import { UserFacingError } from '../../shared/errors';
import { loadSyncContext, type SyncContext } from '../../sync/sync-context';

/** The sync context for a resolver acting on an integration's links; a clear error when it can't sync. */
export async function syncContextOf(integrationId: string, options: { evenIfDisabled?: boolean } = {}): Promise<SyncContext> {
  const context = await loadSyncContext(integrationId, options);
  if (!context) {
    throw new UserFacingError(
      'invalid',
      options.evenIfDisabled
        ? 'This integration has no help-desk connection or sync settings yet: choose its connection and save its sync settings first.'
        : 'This integration is not syncing: save its sync settings and enable it first.',
    );
  }
  return context;
}
