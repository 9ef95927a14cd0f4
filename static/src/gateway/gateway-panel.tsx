import { useState } from 'react';
import EmptyState from '@atlaskit/empty-state';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { GatewayKeyView, IssuedKey } from '../../../src/gateway/gateway-types';
import type { Me } from '../../../src/shared/roles';
import { AsyncView } from '../components/async-view';
import { Panel } from '../components/panel';
import { WorkArea } from '../components/work-area';
import { useLoad } from '../hooks/use-load';
import { useResource } from '../hooks/use-resource';
import { CreateKeyForm } from './create-key-form';
import { GatewayAuditView } from './gateway-audit-view';
import { fetchGatewayInfo, listGatewayKeys } from './gateway-client';
import { GatewayEndpoint } from './gateway-endpoint';
import { GatewayKeysTable, type KeyAction } from './gateway-keys-table';
import { IssuedKeyMessage } from './issued-key';
import { KeyConfirm } from './key-confirm';
import { useGatewayChanges } from './use-gateway-changes';

/**
 * The Bot gateway panel of the admin page (Jira admins only): the URL support bots call, the
 * Deskbridge keys they call it with (scoped to service desks and operations, revocable, each
 * call audited), and the form to issue one. A new key is shown once, in this component's state.
 */
const sectionStyles = xcss({
  borderBlockStartColor: 'color.border',
  borderBlockStartStyle: 'solid',
  borderBlockStartWidth: 'border.width',
  paddingBlockStart: 'space.200',
});

const TITLES: Record<KeyAction, string> = { audit: 'Audit trail of', rotate: 'Rotate', revoke: 'Revoke' };

export function GatewayPanel({ me }: { me: Me }) {
  const info = useLoad(fetchGatewayInfo, []);
  const keys = useResource(listGatewayKeys, []);
  const [issued, setIssued] = useState<{ issued: IssuedKey; rotated: boolean } | null>(null);
  const changes = useGatewayChanges(keys.reload, (fresh, rotated) => setIssued({ issued: fresh, rotated }));
  const [selected, setSelected] = useState<{ action: KeyAction; id: string } | null>(null);
  const desks = info.status === 'ready' ? info.data.serviceDesks : [];

  return (
    <Panel testId="gateway-panel" title="Bot gateway">
      <p data-testid="gateway-intro">
        Support bots raise, read, comment on and transition JSM requests through this URL with a Deskbridge key instead of an
        Atlassian API token. Each key reaches only the service desks and operations you pick, can be revoked or rotated at any
        time, and every call it makes is audited (without content).
      </p>
      <AsyncView state={info} label="Loading the gateway URL">
        {(data) => <GatewayEndpoint info={data} />}
      </AsyncView>
      {issued && <IssuedKeyMessage issued={issued.issued} rotated={issued.rotated} onDone={() => setIssued(null)} />}
      <AsyncView state={keys.state} label="Loading gateway keys">
        {(list) => {
          const target = selected && list.find((key) => key.id === selected.id);
          return (
            <Stack space="space.200">
              {list.length === 0 ? (
                <EmptyKeys />
              ) : (
                <GatewayKeysTable
                  keys={list}
                  desks={desks}
                  callerAccountId={me.accountId}
                  busy={changes.busy || keys.refreshing}
                  refreshing={keys.refreshing}
                  selected={target ? selected : null}
                  onAction={(action, key) => setSelected({ action, id: key.id })}
                />
              )}
              {selected && target && (
                <WorkArea
                  title={`${TITLES[selected.action]} "${target.name}"`}
                  scrollKey={`${selected.action}-${target.id}`}
                  testId="gateway-work-area"
                  data={{ action: selected.action, 'key-id': target.id }}
                  close={selected.action === 'audit' ? { onClick: () => setSelected(null), testId: 'gateway-work-area-close' } : undefined}
                >
                  <SelectedAction action={selected.action} gatewayKey={target} changes={changes} onClose={() => setSelected(null)} />
                </WorkArea>
              )}
            </Stack>
          );
        }}
      </AsyncView>
      <Box xcss={sectionStyles}>
        <AsyncView state={info} label="Loading the service desks">
          {(data) => <CreateKeyForm info={data} create={changes.create} busy={changes.busy} />}
        </AsyncView>
      </Box>
    </Panel>
  );
}

interface SelectedActionProps {
  action: KeyAction;
  gatewayKey: GatewayKeyView;
  changes: ReturnType<typeof useGatewayChanges>;
  onClose: () => void;
}

function SelectedAction({ action, gatewayKey, changes, onClose }: SelectedActionProps) {
  if (action === 'audit') return <GatewayAuditView gatewayKey={gatewayKey} />;
  const change = action === 'rotate' ? changes.rotate : changes.revoke;
  return <KeyConfirm kind={action} gatewayKey={gatewayKey} action={change} onDone={onClose} onCancel={onClose} />;
}

function EmptyKeys() {
  return (
    <div data-testid="gateway-keys-empty">
      <EmptyState
        header="No keys yet"
        description="Issue the first key below for the bot that should reach your service desks."
        headingLevel={3}
        headingSize="xsmall"
        width="narrow"
      />
    </div>
  );
}
