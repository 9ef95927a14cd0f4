/**
 * JQL over the `deskbridge` issue property, shown on the admin page's sync overview so a Jira
 * admin can paste them into Jira's issue search. The README's "Searching and reporting" section
 * lists the same searches (test/integration/sync/readme-jql.test.ts runs those against the sandbox).
 */
export const JQL_EXAMPLES: { label: string; jql: string }[] = [
  { label: 'All issues linked to Freshdesk tickets', jql: 'issue.property[deskbridge].tool = "freshdesk"' },
  { label: 'Stuck links', jql: 'issue.property[deskbridge].syncState = "stuck"' },
  { label: 'Done in Jira, ticket still open', jql: 'issue.property[deskbridge].ticketStatus != "Resolved" AND statusCategory = Done' },
  { label: 'Linked this week', jql: 'issue.property[deskbridge].linkedAt >= startOfWeek()' },
];
