import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import type { SyncConfigState } from '../../../src/sync/config/editor-views';
import type { Action } from '../hooks/use-action';
import { FormErrorMessage } from '../components/form-messages';

/** Whether the sync is on, when its settings were saved, and (for editors) the switch to turn it off; it is turned on from the review step. */
export function SyncStatusLine({ state, toggle }: { state: SyncConfigState; toggle: Action<[boolean], SyncConfigState> }) {
  const on = state.config.enabled;
  return (
    <>
      <Inline space="space.150" alignBlock="center" shouldWrap testId="sync-status">
        <span data-testid="sync-enabled" data-enabled={String(on)}>
          <Lozenge appearance={on ? 'success' : 'default'}>{on ? 'Sync on' : 'Sync off'}</Lozenge>
        </span>
        <Text color="color.text.subtle">
          {state.saved && state.savedAt ? `Settings saved ${new Date(state.savedAt).toLocaleString()}.` : 'Not saved yet: these are the defaults.'}
        </Text>
        {!state.canEdit && (
          <span data-testid="sync-read-only">
            <Lozenge>Read only</Lozenge>
          </span>
        )}
        {state.canEdit && on && (
          <Button spacing="compact" onClick={() => void toggle.run(false)} isLoading={toggle.pending} testId="sync-disable">
            Turn the sync off
          </Button>
        )}
      </Inline>
      <FormErrorMessage error={toggle.error} />
    </>
  );
}
