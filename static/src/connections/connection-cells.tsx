import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives';
import type { ConnectionView } from '../../../src/shared/connections';
import { AccountText, DateText } from '../integrations/integration-cells';
import { formatDay, secretSummary, STATUS_LOOK, usedByText, verifiedText } from './connection-format';

/**
 * The cells of a connection's row. Nothing here can show a secret: the view has none, only the
 * date one was set.
 */

/** The help desk, as a lozenge like the integrations table's tool. */
export function ToolCell({ connection, toolName }: { connection: ConnectionView; toolName: string }) {
  return (
    <span data-testid={`connection-tool-${connection.id}`} data-tool={connection.tool}>
      <Lozenge appearance="inprogress">{toolName}</Lozenge>
    </span>
  );
}

/** Name, then the address it connects to. */
export function ConnectionNameCell({ connection }: { connection: ConnectionView }) {
  return (
    <Stack space="space.025">
      <span data-testid={`connection-name-${connection.id}`}>
        <Text weight="medium">{connection.name}</Text>
      </span>
      <span data-testid={`connection-domain-${connection.id}`} style={breakAnywhere}>
        <Text size="small" color="color.text.subtle">
          {connection.domain}
        </Text>
      </span>
    </Stack>
  );
}

/** Host names have no spaces: let them break rather than push the next column. */
const breakAnywhere = { overflowWrap: 'anywhere' } as const;

/** The status lozenge; under it, why it is not Connected (or whom the key acts as), and when it was checked. */
export function StatusCell({ connection }: { connection: ConnectionView }) {
  const look = STATUS_LOOK[connection.status];
  const reason = connection.status !== 'connected' ? connection.statusReason : undefined;
  return (
    <Stack space="space.050">
      <span data-testid={`connection-status-${connection.id}`} data-status={connection.status}>
        <Lozenge appearance={look.appearance}>{look.label}</Lozenge>
      </span>
      {reason && (
        <span data-testid={`connection-status-reason-${connection.id}`}>
          <Text size="small" color={connection.status === 'error' ? 'color.text.danger' : 'color.text.subtle'}>
            {reason}
          </Text>
        </span>
      )}
      {!reason && connection.status === 'connected' && connection.agentName && (
        <Text size="small" color="color.text.subtle">
          as {connection.agentName}
        </Text>
      )}
      <LastVerified connection={connection} />
    </Stack>
  );
}

/** When the credentials were last checked: relative while recent, else the date. */
function LastVerified({ connection }: { connection: ConnectionView }) {
  const iso = connection.lastVerifiedAt;
  return (
    <span data-testid={`connection-verified-${connection.id}`}>
      <Text size="small" color="color.text.subtle">
        {iso === undefined ? (
          'Never verified'
        ) : (
          <>
            Last verified{' '}
            <time dateTime={iso} title={iso}>
              {verifiedText(iso)}
            </time>
          </>
        )}
      </Text>
    </span>
  );
}

/** Who connected it ("you" for the caller) and on which day. */
export function ConnectedByCell({ connection, callerAccountId }: { connection: ConnectionView; callerAccountId: string }) {
  return (
    <Stack space="space.025">
      <span data-testid={`connection-connected-by-${connection.id}`}>
        <AccountText accountId={connection.connectedBy} callerAccountId={callerAccountId} />
      </span>
      <Text size="small" color="color.text.subtle">
        <DateText iso={connection.connectedAt} />
      </Text>
    </Stack>
  );
}

/** "API key •••• set on <date>": that a key is stored, and since when; two lines in a narrow cell. */
export function SecretCell({ connection, secretLabel }: { connection: ConnectionView; secretLabel: string }) {
  const [what, when] = secretSummary(secretLabel, formatDay(connection.secretSetAt)).split(/ (?=set on )/);
  return (
    <span data-testid={`connection-secret-${connection.id}`} data-secret-set={String(connection.secretSetAt !== undefined)}>
      <Text size="small" color={connection.secretSetAt ? 'color.text' : 'color.text.subtle'}>
        <span style={{ display: 'block' }}>{what}</span>
        {when && (
          <>
            {' '}
            <span style={{ display: 'block' }}>{when}</span>
          </>
        )}
      </Text>
    </span>
  );
}

export function UsedByCell({ connection }: { connection: ConnectionView }) {
  return (
    <span data-testid={`connection-used-by-${connection.id}`}>
      <Text size="small" color={connection.usedBy.length === 0 ? 'color.text.subtle' : 'color.text'}>
        {usedByText(connection)}
      </Text>
    </span>
  );
}
