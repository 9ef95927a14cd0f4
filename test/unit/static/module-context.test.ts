import { isPageModule, readModuleContext } from '../../../static/src/api/module-context';

const jiraContext = {
  accountId: 'user-1',
  cloudId: 'cloud-1',
  siteUrl: 'https://acme.atlassian.net',
  moduleKey: 'deskbridge-project-settings-page',
  localId: 'local-1',
  extension: { type: 'jira:projectSettingsPage', project: { id: '10000', key: 'SUP', type: 'software' } },
  locale: 'en-US',
  timezone: 'Europe/Berlin',
  theme: { colorMode: 'dark' },
};

describe('readModuleContext', () => {
  it('keeps the fields the pages use', () => {
    const context = readModuleContext(jiraContext);
    expect(context.extension).toEqual({ type: 'jira:projectSettingsPage', project: { id: '10000', key: 'SUP', type: 'software' } });
    expect(context.siteUrl).toBe('https://acme.atlassian.net');
    expect(context.theme).toEqual({ colorMode: 'dark' });
  });

  it('drops a project without a key', () => {
    const context = readModuleContext({ ...jiraContext, extension: { type: 'jira:projectSettingsPage', project: { id: '1' } } });
    expect(context.extension.project).toBeUndefined();
  });

  it('turns a surprising host answer into an unknown module instead of throwing', () => {
    for (const raw of [undefined, null, 'context', { extension: 'x' }]) {
      const context = readModuleContext(raw);
      expect(context.extension.type).toBe('');
      expect(isPageModule(context.extension.type)).toBe(false);
    }
  });

  it('recognises the three page modules of resource main', () => {
    expect(['jira:adminPage', 'jira:projectSettingsPage', 'jira:globalPage'].every(isPageModule)).toBe(true);
    expect(isPageModule('jira:issuePanel')).toBe(false);
  });
});
