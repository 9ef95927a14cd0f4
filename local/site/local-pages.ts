import type { ModuleExtension } from '../runtime/local-runtime';

/** A page of the local site: which manifest module it shows and with what module context. */
export interface LocalPage {
  key: 'admin' | 'project' | 'global';
  label: string;
  moduleType: string;
  extension: ModuleExtension;
}

/** The project whose settings page the local site shows (seeded in the sandbox Jira as a JSM service desk). */
export const SETTINGS_PROJECT = { id: '10000', key: 'SUP', type: 'service_desk' };

export const LOCAL_PAGES: LocalPage[] = [
  { key: 'admin', label: 'Admin page (Apps → Manage apps → Deskbridge)', moduleType: 'jira:adminPage', extension: { type: 'jira:adminPage' } },
  {
    key: 'project',
    label: `Project settings → Deskbridge (${SETTINGS_PROJECT.key})`,
    moduleType: 'jira:projectSettingsPage',
    extension: { type: 'jira:projectSettingsPage', project: SETTINGS_PROJECT },
  },
  { key: 'global', label: 'Global page (Apps → Deskbridge)', moduleType: 'jira:globalPage', extension: { type: 'jira:globalPage' } },
];

/** A user the local site can act as. */
export interface ActingUser {
  key: string;
  accountId: string;
  displayName: string;
  /** What this user is on the seeded site, shown in the switcher. */
  role: string;
}
