import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { Tool } from '../../../src/shared/roles';
import type { SyncLinkView } from '../../../src/shared/sync-links';
import { DateText, ToolLozenge } from '../integrations/integration-cells';
import { safeTicketUrl, SYNC_STATE_LOOK, ticketLabel } from './sync-link-format';

/**
 * One row per linked pair: the ticket (a link into the help desk), the issue, the ticket's
 * status, the sync state with the reason a stuck pair gives, and when it was linked and last
 * synced. Those who may change the integration get Retry (stuck pairs) and Unlink on each row.
 */

interface SyncLinksTableProps {
  links: SyncLinkView[];
  loading: boolean;
  canEdit: boolean;
  /** A change is running: the row buttons wait. */
  busy: boolean;
  retrying: string | null;
  selectedId: string | null;
  onRetry: (link: SyncLinkView) => void;
  onUnlink: (link: SyncLinkView) => void;
}

const breakAnywhere = { overflowWrap: 'anywhere' } as const;

export function SyncLinksTable({ links, loading, canEdit, busy, retrying, selectedId, onRetry, onUnlink }: SyncLinksTableProps) {
  const head: HeadType = {
    cells: [
      { key: 'tool', content: 'Tool', width: 10 },
      { key: 'ticket', content: 'Ticket', width: 10 },
      { key: 'issue', content: 'Issue', width: 9 },
      { key: 'status', content: 'Ticket status', width: 11 },
      { key: 'state', content: 'Sync', width: canEdit ? 22 : 32 },
      { key: 'linked', content: 'Linked', width: 12 },
      { key: 'synced', content: 'Last synced', width: 16 },
      ...(canEdit ? [{ key: 'actions', content: '', width: 10 }] : []),
    ],
  };

  const rows: RowType[] = links.map((link) => {
    const look = SYNC_STATE_LOOK[link.state];
    const url = safeTicketUrl(link.ticketUrl);
    return {
      key: link.id,
      testId: `sync-link-row-${link.ticketId}`,
      isHighlighted: selectedId === link.id,
      cells: [
        { content: <ToolLozenge tool={link.tool as Tool} /> },
        {
          content: url ? (
            <a href={url} target="_blank" rel="noopener noreferrer" data-testid={`sync-link-ticket-${link.ticketId}`} style={breakAnywhere}>
              {ticketLabel(link.ticketId)}
            </a>
          ) : (
            <code data-testid={`sync-link-ticket-${link.ticketId}`}>{ticketLabel(link.ticketId)}</code>
          ),
        },
        { content: <code data-testid={`sync-link-issue-${link.ticketId}`}>{link.issueKey}</code> },
        { content: <Text>{link.ticketStatus || '—'}</Text> },
        {
          content: (
            <Stack space="space.050">
              <span data-testid={`sync-link-state-${link.ticketId}`} data-state={link.state} title={look.hint}>
                <Lozenge appearance={look.appearance}>{look.label}</Lozenge>
              </span>
              {link.stuckReason && (
                <span data-testid={`sync-link-reason-${link.ticketId}`} style={breakAnywhere}>
                  <Text size="small" color="color.text.subtle">
                    {link.stuckReason}
                  </Text>
                </span>
              )}
            </Stack>
          ),
        },
        { content: <DateText iso={link.linkedAt} withTime /> },
        { content: <DateText iso={link.lastSyncedAt} withTime /> },
        ...(canEdit ? [{ content: <RowButtons link={link} busy={busy} retrying={retrying === link.id} onRetry={onRetry} onUnlink={onUnlink} /> }] : []),
      ],
    };
  });

  return <DynamicTable testId="sync-links-table" label="Linked tickets and issues" head={head} rows={rows} isLoading={loading} loadingLabel="Loading the links" isFixedSize />;
}

interface RowButtonsProps {
  link: SyncLinkView;
  busy: boolean;
  retrying: boolean;
  onRetry: (link: SyncLinkView) => void;
  onUnlink: (link: SyncLinkView) => void;
}

function RowButtons({ link, busy, retrying, onRetry, onUnlink }: RowButtonsProps) {
  return (
    <Inline space="space.0" shouldWrap>
      {link.state === 'stuck' && (
        <Button spacing="compact" appearance="subtle" isDisabled={busy && !retrying} isLoading={retrying} onClick={() => onRetry(link)} testId={`sync-link-retry-${link.ticketId}`}>
          Retry
        </Button>
      )}
      <Button spacing="compact" appearance="subtle" isDisabled={busy} onClick={() => onUnlink(link)} testId={`sync-link-unlink-${link.ticketId}`}>
        Unlink
      </Button>
    </Inline>
  );
}
