import type { ConnectorSpec } from '../connector';

/**
 * Zendesk Support: one account per subdomain of zendesk.com, API token authentication
 * (`{email}/token` as the Basic user, the token as password).
 * https://developer.zendesk.com/api-reference/introduction/security-and-auth/
 */
export const zendeskSpec: ConnectorSpec = {
  tool: 'zendesk',
  displayName: 'Zendesk',
  docsUrl: 'https://developer.zendesk.com/api-reference/ticketing/introduction/',
  fields: [
    {
      key: 'domain',
      label: 'Zendesk address',
      secret: false,
      required: true,
      placeholder: 'acme.zendesk.com',
      help: 'Your account’s zendesk.com address, or just the subdomain (acme). A host-mapped address such as support.acme.com does not serve the API: use the zendesk.com one.',
    },
    {
      key: 'username',
      label: 'Agent email',
      secret: false,
      required: true,
      placeholder: 'admin@acme.com',
      help: 'The sign-in email of the Zendesk admin or agent Deskbridge acts as. Tickets and comments Deskbridge writes appear as this user’s. Reading changed tickets needs an admin.',
    },
    {
      key: 'secret',
      label: 'API token',
      secret: true,
      required: true,
      help: 'In Zendesk Admin Center → Apps and integrations → APIs → Zendesk API: turn on token access, add an API token and copy it here. It is stored in Forge secret storage and never shown again.',
    },
  ],
  domain: {
    // One DNS label in front of zendesk.com: no deeper names, no look-alikes, no ports or paths.
    pattern: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.zendesk\.com$/,
    example: 'acme.zendesk.com',
    suffix: '.zendesk.com',
  },
  egress: ['*.zendesk.com'],
  auth: 'basic-email-token',
  messages: {
    auth:
      'Zendesk rejected the email and API token (401). Check that the email is the agent’s sign-in address and copy the token again from Admin Center → Apps and integrations → APIs → Zendesk API (token access must be on).',
    noAccount: (domain) => `No Zendesk account at ${domain}. Check the subdomain: it is the part before .zendesk.com in the address you sign in at.`,
    permission: (detail) =>
      `The API token works but its user lacks the Zendesk role Deskbridge needs: ${detail.trim().replace(/\.+$/, '')}. Use the email of a Zendesk admin (or an agent, for everything but reading changed tickets).`,
    rateLimited: (seconds) => `Zendesk is rate limiting this account; try again in ${seconds} s.`,
    unavailable: 'Zendesk did not answer properly. Try again in a few minutes; if it persists, check status.zendesk.com.',
  },
};
