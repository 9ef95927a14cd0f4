import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import Lozenge from '@atlaskit/lozenge';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { IdentityLinkView } from '../../../src/shared/identity';
import { DateText, ToolLozenge } from '../integrations/integration-cells';
import { linkKey, SOURCE_LOOK } from './identity-format';

/**
 * One row per mapped contact: the help desk and the contact's id there, the Jira accountId it
 * stands for (the only identifier Deskbridge keeps; names are Jira's to show), whether an email
 * match or an admin made it, when, and Remove.
 */

const head: HeadType = {
  cells: [
    { key: 'tool', content: 'Tool', width: 14 },
    { key: 'contact', content: 'Contact id', width: 20 },
    { key: 'account', content: 'Jira account', width: 30 },
    { key: 'source', content: 'Source', width: 10 },
    { key: 'updated', content: 'Updated', width: 14 },
    { key: 'actions', content: '', width: 12 },
  ],
};

interface IdentityMapTableProps {
  links: IdentityLinkView[];
  callerAccountId: string;
  loading: boolean;
  /** A change is running: Remove waits. */
  busy: boolean;
  selectedKey: string | null;
  onRemove: (link: IdentityLinkView) => void;
}

/** Ids from help desks and Jira have no spaces: let them break rather than push the next column. */
const breakAnywhere = { overflowWrap: 'anywhere' } as const;

export function IdentityMapTable({ links, callerAccountId, loading, busy, selectedKey, onRemove }: IdentityMapTableProps) {
  const rows: RowType[] = links.map((link) => {
    const key = linkKey(link);
    const source = SOURCE_LOOK[link.source];
    return {
      key,
      testId: `identity-link-row-${key}`,
      isHighlighted: selectedKey === key,
      cells: [
        { content: <ToolLozenge tool={link.tool} /> },
        { content: <code style={breakAnywhere}>{link.contactId}</code> },
        {
          content: (
            <span data-testid={`identity-link-account-${key}`} style={breakAnywhere}>
              <code>{link.accountId}</code>
              {link.accountId === callerAccountId && <Text color="color.text.subtle"> (you)</Text>}
            </span>
          ),
        },
        {
          content: (
            <span data-testid={`identity-link-source-${key}`} data-source={link.source}>
              <Lozenge appearance={source.appearance}>{source.label}</Lozenge>
            </span>
          ),
        },
        { content: <DateText iso={link.updatedAt} /> },
        {
          content: (
            <Button spacing="compact" appearance="subtle" isDisabled={busy} onClick={() => onRemove(link)} testId={`identity-link-remove-${key}`}>
              Remove
            </Button>
          ),
        },
      ],
    };
  });

  if (!loading && links.length === 0) return <EmptyMap />;
  return (
    <DynamicTable
      testId="identity-map-table"
      label="Identity map"
      head={head}
      rows={rows}
      isLoading={loading}
      loadingLabel="Loading the identity map"
      isFixedSize
    />
  );
}

const emptyStyles = xcss({ backgroundColor: 'elevation.surface.sunken', borderRadius: 'radius.medium' });

function EmptyMap() {
  return (
    <Box xcss={emptyStyles} padding="space.200" testId="identity-map-empty">
      <Stack space="space.050" alignInline="center">
        <Text weight="medium">No contacts mapped yet</Text>
        <Text color="color.text.subtle" align="center">
          Add a mapping or import a CSV below. Until a contact is mapped, Deskbridge acts as the app for it and names the
          contact in the text.
        </Text>
      </Stack>
    </Box>
  );
}
