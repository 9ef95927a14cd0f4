import { defaultSyncConfig } from '../../../src/sync/config/default-config';
import { prefillLinking, prefillStatuses, parseList, setMapEntry, withRequestType } from '../../../static/src/sync-config/config-draft';
import { reviewSections, type ReviewNames } from '../../../static/src/sync-config/review-summary';
import { fullSupConfig } from '../../support/sync-config-samples';

const NAMES: ReviewNames = {
  projectKey: 'SUP',
  serviceDesk: true,
  issueTypes: { '10100': 'Service Request' },
  requestTypes: { '10': 'Get IT help' },
  jiraStatuses: { '4': 'Reopened', '10011': 'Waiting for customer', '5': 'Resolved', '6': 'Closed', '10010': 'New', '3': 'In Progress' },
  helpdeskStatuses: { '2': 'Open', '3': 'Pending', '4': 'Resolved', '5': 'Closed' },
  jiraFields: { customfield_10100: 'Region', customfield_10103: 'Plan' },
  helpdeskPriorities: { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' },
};

describe('reviewSections', () => {
  it('says in plain words what a full config does, step by step, naming ids', () => {
    const sections = reviewSections(fullSupConfig(), 'freshdesk', NAMES);
    expect(sections.map((section) => section.title)).toEqual(['Direction', 'What links', 'Field mapping', 'Status mapping', 'Comments']);
    const text = sections.flatMap((section) => section.lines).join('\n');
    expect(text).toContain('Changes sync: Both ways (Freshdesk ⇄ Jira).');
    expect(text).toContain('The sync is off until you enable it.');
    expect(text).toContain('New issues are raised as the request type Get IT help (Service Request).');
    expect(text).toContain('New Freshdesk tickets create issues: only those with status Open, tagged vip, priority Urgent.');
    expect(text).toContain('New SUP issues matching "labels = customer" create tickets.');
    expect(text).toContain('Priority: Both ways (Freshdesk ⇄ Jira): Low → Low, Medium → Medium, High → High, Urgent → Highest.');
    expect(text).toContain('cf_plan ↔ Plan (select): Both ways (Freshdesk ⇄ Jira), values gold → Premium, silver → Standard, bronze → Free.');
    expect(text).toContain('Freshdesk → Jira: Open → Reopened, Pending → Waiting for customer, Resolved → Resolved, Closed → Closed.');
    expect(text).toContain('Private notes: Both ways (Freshdesk ⇄ Jira), as internal comments.');
  });

  it('says when links are made by hand only and names unknown ids as they are', () => {
    const config = { ...defaultSyncConfig('zendesk'), issueTypeId: '777' };
    const text = reviewSections(config, 'zendesk', { ...NAMES, serviceDesk: false, projectKey: 'ENG' }).flatMap((section) => section.lines);
    expect(text).toContain('New issues in ENG are of type 777.');
    expect(text).toContain('Tickets and issues are linked by hand only.');
    expect(text).toContain('Private notes: Both ways (Zendesk ⇄ Jira), as comments restricted to the role Administrators.');
  });
});

describe('config-draft', () => {
  const linking = {
    project: { id: '10000', key: 'SUP', name: 'Support', serviceDesk: true },
    issueTypes: [{ id: '10100', name: 'Service Request' }],
    requestTypes: [{ id: '10', name: 'Get IT help', issueTypeId: '10100' }],
    helpdesk: { available: true, statuses: [], priorities: [] },
  };

  it('completes a never-saved draft with the first request type, and its issue type', () => {
    expect(prefillLinking(defaultSyncConfig('freshdesk'), linking)).toMatchObject({ requestTypeId: '10', issueTypeId: '10100' });
    const eng = { ...linking, project: { ...linking.project, serviceDesk: false }, requestTypes: [], issueTypes: [{ id: '10101', name: 'Task' }] };
    expect(prefillLinking(defaultSyncConfig('freshdesk'), eng).issueTypeId).toBe('10101');
    expect(withRequestType(defaultSyncConfig('freshdesk'), { id: '11', issueTypeId: '10100' })).toMatchObject({ requestTypeId: '11', issueTypeId: '10100' });
  });

  it('fills an empty status mapping from the proposal but never overwrites one', () => {
    const proposal = { toJira: { '2': '4' }, toHelpdesk: { '4': '2' } };
    expect(prefillStatuses(defaultSyncConfig('freshdesk'), proposal).statuses).toMatchObject(proposal);
    expect(prefillStatuses(fullSupConfig(), proposal).statuses).toEqual(fullSupConfig().statuses);
  });

  it('edits value maps and comma lists', () => {
    expect(setMapEntry({ a: '1' }, 'b', '2')).toEqual({ a: '1', b: '2' });
    expect(setMapEntry({ a: '1' }, 'a', undefined)).toEqual({});
    expect(parseList(' vip, billing , ,vip,escalated')).toEqual(['vip', 'billing', 'escalated']);
  });
});
