import type { ConnectorSpec } from '../connector';

/**
 * The API version every request asks for. 2.15 is the version of the OpenAPI description the
 * contract tests hold the adapter and the sandbox to (Intercom API 2.15, the specs the tests read);
 * pinning it means a workspace whose app defaults to another version still answers in the shapes
 * the mappers read.
 */
export const INTERCOM_API_VERSION = '2.15';

/** Intercom's regional REST hosts; api.intercom.io also routes a token to its workspace's region. */
export const INTERCOM_REGIONS = [
  { value: 'api.intercom.io', label: 'United States (app.intercom.com)' },
  { value: 'api.eu.intercom.io', label: 'Europe (app.eu.intercom.com)' },
  { value: 'api.au.intercom.io', label: 'Australia (app.au.intercom.com)' },
] as const;

/**
 * Intercom: a workspace is reached through one of three fixed regional hosts (no account name in
 * the host), with a Bearer access token of an Intercom app. There is no username: the token
 * belongs to the app, and `/me` names the admin who authorised it.
 */
export const intercomSpec: ConnectorSpec = {
  tool: 'intercom',
  displayName: 'Intercom',
  docsUrl: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
  fields: [
    {
      key: 'domain',
      label: 'Region',
      secret: false,
      required: true,
      placeholder: 'api.intercom.io',
      help: 'Where your workspace is hosted: look at the address you use Intercom at (app.intercom.com, app.eu.intercom.com or app.au.intercom.com).',
      options: INTERCOM_REGIONS.map(({ value, label }) => ({ value, label })),
    },
    {
      key: 'secret',
      label: 'Access token',
      secret: true,
      required: true,
      help:
        'In the Intercom Developer Hub: Your apps → (your app) → Configure → Authentication → Access token. ' +
        'The app needs to read and write conversations, read and write users and companies (contacts), and tags; ' +
        'the admin who authorised it needs an inbox seat.',
    },
  ],
  domain: {
    // Exactly the three regional API hosts: nothing else under intercom.io ever gets the token.
    pattern: /^api\.(?:eu\.|au\.)?intercom\.io$/,
    example: 'api.intercom.io',
    // No suffix: an Intercom host carries no account name, so a bare word has nothing to complete.
  },
  egress: INTERCOM_REGIONS.map(({ value }) => value),
  auth: 'bearer',
  headers: { 'Intercom-Version': INTERCOM_API_VERSION },
  messages: {
    auth:
      'Intercom rejected the access token (401). Copy it again from the Developer Hub: Your apps → (your app) → Configure → Authentication, ' +
      'and check the app is installed on this workspace.',
    noAccount: (domain) =>
      `No Intercom workspace for this access token at ${domain}. Choose the region your workspace is hosted in: ` +
      'app.intercom.com is United States, app.eu.intercom.com is Europe, app.au.intercom.com is Australia.',
    permission: (detail) =>
      `The access token works, but Intercom refused what Deskbridge needs: ${detail}. ` +
      'Give the admin who authorised the app an inbox seat (Settings → Teammates), and give the app the conversations, ' +
      'users and tags permissions (Developer Hub → Configure → Authentication → Edit).',
    rateLimited: (seconds) => `Intercom is rate limiting this app; try again in ${seconds} s.`,
    unavailable: 'Intercom is not answering right now (a server error or no answer). Deskbridge will retry; if it lasts, check https://www.intercomstatus.com.',
  },
};
