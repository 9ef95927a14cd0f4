import { creatableTools, isReadOnly, listScope, ownerLabel, rowActions } from '../../../static/src/access/integration-access';
import type { IntegrationView } from '../../../src/shared/integrations';
import { TOOLS, type Me } from '../../../src/shared/roles';

const me = (overrides: Partial<Me> = {}): Me => ({
  accountId: 'user-1',
  isJiraAdmin: false,
  adminOfProject: null,
  toolGroups: [],
  isOutsider: false,
  ...overrides,
});

const integration = (access: Partial<IntegrationView['access']> = {}): IntegrationView => ({
  id: 'i-1',
  name: 'Freshdesk SUP',
  tool: 'freshdesk',
  project: { id: '10000', key: 'SUP' },
  ownerAccountId: 'user-1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  access: { canEdit: false, canReadLogs: false, canTransferOwnership: false, ...access },
});

describe('creatableTools', () => {
  it('offers every tool to Jira admins and to the admin of the page project', () => {
    expect(creatableTools(me({ isJiraAdmin: true }))).toEqual([...TOOLS]);
    expect(creatableTools(me({ adminOfProject: 'SUP', toolGroups: ['zendesk'] }))).toEqual([...TOOLS]);
  });

  it("offers a tool-group member only their groups' tools, in the order of TOOLS", () => {
    expect(creatableTools(me({ toolGroups: ['jsm', 'freshdesk'] }))).toEqual(['freshdesk', 'jsm']);
  });

  it('offers an outsider nothing', () => {
    expect(creatableTools(me({ isOutsider: true }))).toEqual([]);
  });
});

describe('rowActions', () => {
  it('offers everything the server allows, in a fixed order', () => {
    expect(rowActions(integration({ canEdit: true, canReadLogs: true, canTransferOwnership: true }))).toEqual(['rename', 'transfer', 'logs', 'delete']);
  });

  it('offers an owner without transfer rights rename, log and delete', () => {
    expect(rowActions(integration({ canEdit: true, canReadLogs: true }))).toEqual(['rename', 'logs', 'delete']);
  });

  it('offers nothing on a read-only row, and marks it read-only', () => {
    const readOnly = integration();
    expect(rowActions(readOnly)).toEqual([]);
    expect(isReadOnly(readOnly)).toBe(true);
    expect(isReadOnly(integration({ canEdit: true }))).toBe(false);
  });
});

describe('ownerLabel and listScope', () => {
  it('calls the caller "you"', () => {
    expect(ownerLabel({ ownerAccountId: 'user-1' }, me())).toBe('you');
    expect(ownerLabel({ ownerAccountId: 'user-2' }, me())).toBe('user-2');
  });

  it('says which integrations the page lists', () => {
    expect(listScope(me({ adminOfProject: 'SUP' }), 'SUP')).toContain('project SUP');
    expect(listScope(me({ isJiraAdmin: true }), undefined)).toContain('Every integration');
    expect(listScope(me({ toolGroups: ['freshdesk'] }), undefined)).toContain('read-only');
  });
});
