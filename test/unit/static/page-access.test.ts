import { allToolGroups, hasGlobalAccess, memberToolGroups, projectAccess } from '../../../static/src/access/page-access';
import { TOOLS, type Me } from '../../../src/shared/roles';

const me = (overrides: Partial<Me> = {}): Me => ({
  accountId: 'user-1',
  isJiraAdmin: false,
  adminOfProject: null,
  toolGroups: [],
  isOutsider: false,
  ...overrides,
});

describe('projectAccess', () => {
  it('lets the administrator of this project manage it', () => {
    expect(projectAccess(me({ adminOfProject: 'SUP' }), 'SUP')).toEqual({ canManage: true, because: 'project-admin' });
  });

  it('lets a Jira admin manage any project', () => {
    expect(projectAccess(me({ isJiraAdmin: true }), 'SUP')).toEqual({ canManage: true, because: 'jira-admin' });
  });

  it("refuses the administrator of another project", () => {
    expect(projectAccess(me({ adminOfProject: 'OPS' }), 'SUP')).toEqual({ canManage: false });
  });

  it('refuses tool-group members and outsiders', () => {
    expect(projectAccess(me({ toolGroups: ['freshdesk'] }), 'SUP').canManage).toBe(false);
    expect(projectAccess(me({ isOutsider: true }), 'SUP').canManage).toBe(false);
  });
});

describe('tool groups', () => {
  it('names every access group deskbridge-jira-<tool>, one per tool', () => {
    expect(allToolGroups().map((group) => group.group)).toEqual([
      'deskbridge-jira-freshdesk',
      'deskbridge-jira-zendesk',
      'deskbridge-jira-intercom',
      'deskbridge-jira-servicenow',
      'deskbridge-jira-jsm',
    ]);
    expect(allToolGroups().map((group) => group.tool)).toEqual([...TOOLS]);
  });

  it("lists the caller's groups in tool order and ignores names the UI doesn't know", () => {
    const caller = me({ toolGroups: ['zendesk', 'freshdesk', 'bogus' as never] });
    expect(memberToolGroups(caller).map((group) => group.tool)).toEqual(['freshdesk', 'zendesk']);
  });

  it('gives outsiders no global access and everyone else access', () => {
    expect(hasGlobalAccess(me({ isOutsider: true }))).toBe(false);
    expect(hasGlobalAccess(me({ toolGroups: ['jsm'] }))).toBe(true);
    expect(hasGlobalAccess(me({ isJiraAdmin: true }))).toBe(true);
  });
});
