import type { ConnectorSpec } from '../connector';

/** The role Deskbridge's ServiceNow user needs: it reads and writes incidents and their journals. */
export const REQUIRED_ROLE = 'itil';

/**
 * ServiceNow through its Table API, as a user name and password (Basic auth). Instances live at
 * `<instance>.service-now.com`; nothing else may receive the credentials, so the pattern accepts
 * exactly one DNS label in front of `.service-now.com`.
 */
export const servicenowSpec: ConnectorSpec = {
  tool: 'servicenow',
  displayName: 'ServiceNow',
  docsUrl: 'https://docs.servicenow.com/bundle/xanadu-api-reference/page/integrate/inbound-rest/concept/c_TableAPI.html',
  fields: [
    {
      key: 'domain',
      label: 'Instance',
      secret: false,
      required: true,
      placeholder: 'acme.service-now.com',
      help: 'Your instance address, as in your browser: acme.service-now.com (or just acme).',
    },
    {
      key: 'username',
      label: 'User name',
      secret: false,
      required: true,
      placeholder: 'deskbridge.integration',
      help: `The User ID (not the email) of a ServiceNow user with the ${REQUIRED_ROLE} role. A dedicated user with "Web service access only" ticked is best.`,
    },
    {
      key: 'secret',
      label: 'Password',
      secret: true,
      required: true,
      help: "That user's password. Deskbridge keeps it in Forge secret storage and never shows it again.",
    },
  ],
  domain: {
    pattern: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.service-now\.com$/,
    example: 'acme.service-now.com',
    suffix: '.service-now.com',
  },
  egress: ['*.service-now.com'],
  auth: 'basic-username-password',
  messages: {
    auth: 'ServiceNow rejected the user name or password (401). Check both in User Administration → Users: the user must be active, not locked out, and have a local password (SSO-only users cannot call the API).',
    noAccount: (domain) =>
      `No ServiceNow instance answers at ${domain}. Check the instance name (the part before .service-now.com); a developer instance may be hibernating: wake it at developer.servicenow.com.`,
    permission: (detail) =>
      `The user signed in, but ServiceNow refused access to incidents (${detail}). Give the user the ${REQUIRED_ROLE} role in User Administration → Users → Roles.`,
    rateLimited: (seconds) =>
      `ServiceNow is rate limiting this user; try again in ${seconds} s. An admin can raise the limit in System Web Services → REST → Rate Limit Rules.`,
    unavailable: 'ServiceNow did not answer properly: the instance may be down, upgrading or waking up. Deskbridge will try again; if it lasts, open the instance in a browser.',
  },
};
