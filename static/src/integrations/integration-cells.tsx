import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { Tool } from '../../../src/shared/roles';
import { TOOL_LABELS } from '../access/page-access';

/**
 * Small pieces the integration and log tables share, so a tool, a person and a time look the
 * same wherever they appear.
 */

/** The help-desk tool an integration connects, as a lozenge (like an issue's category in Jira). */
export function ToolLozenge({ tool }: { tool: Tool }) {
  return (
    <span data-tool={tool}>
      <Lozenge appearance="inprogress">{TOOL_LABELS[tool]}</Lozenge>
    </span>
  );
}

/** Shown next to a row's name when the caller may only look at it. */
export function ReadOnlyLozenge({ id }: { id: string }) {
  return (
    <span data-testid={`read-only-${id}`} title="You can see this integration but not change it">
      <Lozenge appearance="default">Read only</Lozenge>
    </span>
  );
}

/** An account: "you" for the caller, else the accountId (the only identifier Deskbridge keeps). */
export function AccountText({ accountId, callerAccountId }: { accountId: string; callerAccountId: string }) {
  if (accountId === callerAccountId) {
    return (
      <span data-account-id={accountId} title={accountId}>
        <Text weight="medium">you</Text>
      </span>
    );
  }
  // AccountIds are long and mean little to people: cut to the cell, in full on hover.
  return (
    <span data-account-id={accountId} title={accountId} style={truncated}>
      <Text size="small" color="color.text.subtle">
        <code>{accountId}</code>
      </Text>
    </span>
  );
}

const truncated = { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

const parse = (iso: string): Date | undefined => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** A date in the viewer's locale; the exact ISO time on hover. */
export function DateText({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  const date = parse(iso);
  if (!date) return <Text color="color.text.subtle">—</Text>;
  return (
    <time dateTime={iso} title={iso}>
      {(withTime ? dateTimeFormat : dateFormat).format(date)}
    </time>
  );
}
