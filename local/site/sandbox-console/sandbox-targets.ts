import { FRESHDESK_SANDBOX } from '../../sandbox/freshdesk/seed';
import { SEED_USERS } from '../../sandbox/jira';

/**
 * What the sandbox console talks to. The console is a client of the sandboxes, as a person's
 * browser or curl would be: it uses their base URLs and the credentials a person would type (the
 * ones their READMEs hand out), and changes things only through their REST APIs. That keeps it
 * honest: Deskbridge's webhooks, product events and polls see exactly what a real agent or Jira
 * user would cause.
 */
export interface SandboxTargets {
  /** Base URL of the server answering Jira REST calls (the sandbox Jira unless --jira-url). */
  jiraUrl: string;
  /** The running help-desk sandboxes, by tool (`url`, and `state` to learn the account host and keys). */
  helpDesks: Partial<Record<string, { url: string; state: unknown }>>;
}

/** One Freshdesk account as an agent knows it: where, which host, which API key. */
export interface FreshdeskAccount {
  /** The sandbox's loopback URL (requests carry `host` in x-forwarded-host, as the egress does). */
  url: string;
  /** The account host, e.g. acme.freshdesk.com. */
  host: string;
  /** An API key; never rendered, never logged. */
  apiKey: string;
}

/** A Jira user the console can act as. Product events then name this user, not the app. */
export interface JiraActor {
  key: string;
  accountId: string;
  displayName: string;
  role: string;
}

/**
 * Humans only: Deskbridge's triggers use ignoreSelf, so a change made as the app would never
 * reach the sync engine, which is the opposite of what a person trying sync wants to see.
 */
export const JIRA_ACTORS: JiraActor[] = [
  { key: 'admin', accountId: SEED_USERS.admin.accountId, displayName: SEED_USERS.admin.displayName, role: 'Jira admin' },
  { key: 'project-admin', accountId: SEED_USERS.projectAdmin.accountId, displayName: SEED_USERS.projectAdmin.displayName, role: 'project admin of SUP' },
];

export const findActor = (key: string | null | undefined): JiraActor => JIRA_ACTORS.find((actor) => actor.key === key) ?? JIRA_ACTORS[0];

/** The projects the console lists and creates issues in (the seeded JSM desk and software project). */
export const JIRA_PROJECTS = ['SUP', 'ENG'] as const;

/**
 * The Freshdesk account a person would sign in to: the sandbox's account host and an API key
 * from its seed (the seeded admin key when present, else the first key of a seed file). Read on
 * every request, since a reset or a seed file may change them.
 */
export function freshdeskAccount(targets: SandboxTargets): FreshdeskAccount | undefined {
  const sandbox = targets.helpDesks.freshdesk;
  const state = sandbox?.state as { domain?: unknown; api_keys?: Record<string, unknown> } | undefined;
  if (typeof state?.domain !== 'string' || !state.api_keys) return undefined;
  const keys = Object.keys(state.api_keys);
  const apiKey = keys.includes(FRESHDESK_SANDBOX.secret) ? FRESHDESK_SANDBOX.secret : keys[0];
  return apiKey ? { url: sandbox!.url, host: state.domain.toLowerCase(), apiKey } : undefined;
}
