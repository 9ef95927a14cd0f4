import type { ConnectorTool } from '../../../src/shared/connections';
import type { IdentityLinkView, SetIdentityLinkPayload } from '../../../src/shared/identity';
import { deleteIdentityLink, importIdentityCsv, notifySuccess, setIdentityLink } from '../api/deskbridge-client';
import { TOOL_LABELS } from '../access/page-access';
import { useAction, type Action } from '../hooks/use-action';
import { runCsvImport, type CsvImportOutcome } from './csv-import-run';
import { formatCount } from './identity-format';

/**
 * The changes the identity map takes: a manual mapping, removing one, a CSV import. Each one the
 * server accepted is confirmed with a Jira flag; then the table is listed again and the status
 * (mapped contacts by email / manual) read again, so both show what the server holds.
 */
export interface IdentityChanges {
  set: Action<[SetIdentityLinkPayload], IdentityLinkView>;
  remove: Action<[IdentityLinkView], { deleted: boolean }>;
  importCsv: Action<[string], CsvImportOutcome>;
  /** A change is running: the other buttons wait. */
  busy: boolean;
}

const contact = (tool: ConnectorTool, contactId: string) => `${TOOL_LABELS[tool]} contact ${contactId}`;

export function useIdentityChanges(onChanged: () => void): IdentityChanges {
  const set = useAction(async (payload: SetIdentityLinkPayload) => {
    const link = await setIdentityLink(payload);
    notifySuccess('Mapping saved', `${contact(link.tool, link.contactId)} is now ${link.accountId} in Jira.`);
    onChanged();
    return link;
  });

  const remove = useAction(async (link: IdentityLinkView) => {
    const answer = await deleteIdentityLink(link.tool, link.contactId);
    notifySuccess('Mapping removed', `Deskbridge acts as the app for ${contact(link.tool, link.contactId)} until it is mapped again.`);
    onChanged();
    return answer;
  });

  const importCsv = useAction(async (csv: string) => {
    const outcome = await runCsvImport(csv, importIdentityCsv);
    if (outcome.imported > 0) onChanged();
    if (!outcome.errors) notifySuccess('CSV imported', `${formatCount(outcome.imported)} ${outcome.imported === 1 ? 'mapping' : 'mappings'} imported.`);
    return outcome;
  });

  return { set, remove, importCsv, busy: set.pending || remove.pending || importCsv.pending };
}
