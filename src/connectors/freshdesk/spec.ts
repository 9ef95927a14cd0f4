import type { ConnectorSpec } from '../connector';

/**
 * Freshdesk API v2. The API answers only on the account's own `<account>.freshdesk.com` host
 * (custom help-desk domains serve the portal, not the API), so that is the only host a
 * connection may name, and the only egress the manifest declares for it.
 */
export const freshdeskSpec: ConnectorSpec = {
  tool: 'freshdesk',
  displayName: 'Freshdesk',
  docsUrl: 'https://developers.freshdesk.com/api/',
  fields: [
    {
      key: 'domain',
      label: 'Freshdesk address',
      secret: false,
      required: true,
      placeholder: 'acme.freshdesk.com',
      help: 'The address you sign in to Freshdesk at, ending in .freshdesk.com (the account name alone is enough). Custom domains do not work with the API.',
    },
    {
      key: 'secret',
      label: 'API key',
      secret: true,
      required: true,
      help: "In Freshdesk, open your avatar (top right) → Profile settings → View API key. Use the key of an administrator with Global ticket access; Deskbridge acts as that agent.",
    },
  ],
  domain: {
    // One DNS label, then the vendor's domain: no look-alikes, ports, paths or deeper hosts.
    pattern: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.freshdesk\.com$/,
    example: 'acme.freshdesk.com',
    suffix: '.freshdesk.com',
  },
  egress: ['*.freshdesk.com'],
  auth: 'basic-key-as-username',
  messages: {
    auth: 'The API key was rejected by Freshdesk (401). Copy it again from Profile settings → View API key, and check that its agent is still active.',
    noAccount: (domain) => `No Freshdesk account at ${domain}. Check the address you sign in to Freshdesk at (it ends in .freshdesk.com).`,
    permission: (detail) =>
      `The key works but its agent lacks admin permissions: ${detail.replace(/[.\s]+$/, '')}. In Freshdesk, Admin → Agents, give that agent the Administrator role and Global ticket access, or use the API key of an agent who has them.`,
    rateLimited: (seconds) => `Freshdesk is rate limiting this key; try again in ${seconds} s. The per-minute limit is shared by every app using this Freshdesk account.`,
    unavailable: 'Freshdesk is not answering properly right now (server error or timeout). Try again in a few minutes; if it keeps failing, check Freshdesk’s status page.',
  },
};
