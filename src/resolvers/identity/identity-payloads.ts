import { z } from 'zod';
import { CONNECTOR_TOOLS } from '../../connectors/registry';
import { accountIdProblem, contactIdProblem } from '../../identity/identity-map/link-fields';
import type { IdentityLink } from '../../identity/identity-map/link-store';
import type { IdentityLinkView } from '../../shared/identity';

export const linkTool = z.enum(CONNECTOR_TOOLS as [string, ...string[]], { error: `Pick a tool: ${CONNECTOR_TOOLS.join(', ')}.` });

/** The same rules as the CSV import, so a value is judged alike both ways. */
export const contactId = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const problem = contactIdProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const accountId = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const problem = accountIdProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export function toLinkView(link: IdentityLink): IdentityLinkView {
  return { tool: link.tool, contactId: link.contactId, accountId: link.accountId, source: link.source, updatedAt: new Date(link.updatedAt).toISOString() };
}
