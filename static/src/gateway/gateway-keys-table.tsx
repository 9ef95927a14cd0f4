import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { GatewayDesk, GatewayKeyView } from '../../../src/gateway/gateway-types';
import { AccountText, DateText } from '../integrations/integration-cells';
import { deskLabel, keyActions, lastUsedText, OPERATION_LABELS, STATUS_LOOK } from './gateway-format';

/**
 * One row per key, oldest first: its name and hint (never the key), what it may reach and do,
 * its status, expiry and last use, who issued it, and its actions.
 */
export type KeyAction = ReturnType<typeof keyActions>[number];

const head: HeadType = {
  cells: [
    { key: 'name', content: 'Key', width: 20 },
    { key: 'desks', content: 'Service desks', width: 15 },
    { key: 'operations', content: 'Operations', width: 17 },
    { key: 'status', content: 'Status', width: 16 },
    { key: 'used', content: 'Last used', width: 12 },
    { key: 'actions', content: 'Actions', width: 20 },
  ],
};

const ACTION_LABELS: Record<KeyAction, string> = { audit: 'Audit', rotate: 'Rotate', revoke: 'Revoke' };

interface GatewayKeysTableProps {
  keys: GatewayKeyView[];
  desks: GatewayDesk[];
  callerAccountId: string;
  busy: boolean;
  refreshing: boolean;
  selected: { action: KeyAction; id: string } | null;
  onAction: (action: KeyAction, key: GatewayKeyView) => void;
}

export function GatewayKeysTable({ keys, desks, callerAccountId, busy, refreshing, selected, onAction }: GatewayKeysTableProps) {
  const rows: RowType[] = keys.map((key) => ({
    key: key.id,
    testId: `gateway-key-row-${key.id}`,
    isHighlighted: selected?.id === key.id,
    cells: [
      {
        content: (
          <Stack space="space.025">
            <span data-testid={`gateway-key-name-${key.id}`}>
              <Text weight="medium">{key.name}</Text>
            </span>
            <Text size="small" color="color.text.subtle">
              <code data-testid={`gateway-key-hint-${key.id}`}>{key.hint}</code>
            </Text>
            <Inline space="space.050">
              <Text size="small" color="color.text.subtle">
                by
              </Text>
              <AccountText accountId={key.createdBy} callerAccountId={callerAccountId} />
            </Inline>
          </Stack>
        ),
      },
      { content: <Text>{key.serviceDeskIds.map((id) => deskLabel(desks, id)).join(', ')}</Text> },
      { content: <Text>{key.operations.map((operation) => OPERATION_LABELS[operation]).join(', ')}</Text> },
      {
        content: (
          <Stack space="space.050">
            <span data-testid={`gateway-key-status-${key.id}`} data-status={key.status}>
              <Lozenge appearance={STATUS_LOOK[key.status].appearance}>{STATUS_LOOK[key.status].label}</Lozenge>
            </span>
            <Text size="small" color="color.text.subtle">
              {key.revokedAt ? (
                <>
                  Revoked <DateText iso={key.revokedAt} />
                </>
              ) : key.expiresAt ? (
                <>
                  {key.status === 'expired' ? 'Expired' : 'Expires'} <DateText iso={key.expiresAt} />
                </>
              ) : (
                'No expiry'
              )}
            </Text>
            <Text size="small" color="color.text.subtle">{`${key.rateLimitPerMinute} calls/min`}</Text>
          </Stack>
        ),
      },
      {
        content: (
          <span data-testid={`gateway-key-used-${key.id}`} title={key.lastUsedAt}>
            <Text size="small">{lastUsedText(key.lastUsedAt)}</Text>
          </span>
        ),
      },
      {
        content: (
          <Inline space="space.0" shouldWrap>
            {keyActions(key).map((action) => (
              <Button
                key={action}
                spacing="compact"
                appearance="subtle"
                testId={`gateway-key-${action}-${key.id}`}
                isDisabled={busy}
                isSelected={selected?.id === key.id && selected.action === action}
                aria-label={`${ACTION_LABELS[action]} ${key.name}`}
                onClick={() => onAction(action, key)}
              >
                {ACTION_LABELS[action]}
              </Button>
            ))}
          </Inline>
        ),
      },
    ],
  }));

  return (
    <div data-testid="gateway-keys-table">
      <DynamicTable testId="gateway-keys-dynamic-table" label="Gateway keys" head={head} rows={rows} isLoading={refreshing} loadingLabel="Loading the current keys" isFixedSize />
    </div>
  );
}
