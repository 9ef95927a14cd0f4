import { checkSyncConfig, parseSyncConfig, problemsMessage } from '../../../../src/sync/config/check-config';
import type { SyncConfig } from '../../../../src/shared/sync-config';
import { ENG_FACTS, FRESHDESK_FACTS, goodEngConfig, SUP_FACTS } from './config-fixtures';

const check = (config: SyncConfig, jira = ENG_FACTS, helpdesk = FRESHDESK_FACTS) => checkSyncConfig(config, jira, helpdesk);
const messages = (config: SyncConfig, jira = ENG_FACTS, helpdesk = FRESHDESK_FACTS) => check(config, jira, helpdesk).map((problem) => problem.message);
const change = (edit: (config: SyncConfig) => void): SyncConfig => {
  const config = goodEngConfig();
  edit(config);
  return config;
};

describe('checkSyncConfig', () => {
  it('finds nothing wrong with a good config', () => {
    expect(check(goodEngConfig())).toEqual([]);
  });

  it('refuses a select value Jira has no option for, naming field, option and help-desk value', () => {
    const config = change((c) => (c.fields.custom[1].valueMap = { gold: 'Gold' }));
    expect(check(config)).toEqual([{ step: 'fields', message: "Field mapping: Jira field 'Plan' has no option 'Gold' for the help-desk value 'gold'." }]);
  });

  it('refuses a to-Jira status nothing transitions to', () => {
    const config = change((c) => (c.statuses.toJira['4'] = '10021'));
    expect(messages(config)).toEqual(["Status mapping: no transition leads to 'Done' in ENG's workflow: map to a status a transition leads to."]);
  });

  it('accepts an unreachable status when statuses only flow to the help desk', () => {
    expect(check(change((c) => ((c.statuses.toJira['4'] = '10021'), (c.statuses.direction = 'to-helpdesk'))))).toEqual([]);
  });

  it('refuses statuses that exist on neither side', () => {
    const config = change((c) => ((c.statuses.toJira['99'] = '3'), (c.statuses.toHelpdesk['777'] = '2'), (c.statuses.toHelpdesk['3'] = '42')));
    expect(messages(config)).toEqual([
      "Status mapping: '99' is not a status of the help desk.",
      "Status mapping: '42' (for the Jira status 'In Progress') is not a status of the help desk.",
      "Status mapping: '777' is not a status of ENG.",
    ]);
  });

  it('refuses a mapped field that is missing from the create screen, or does not exist, or has another type', () => {
    const config = change((c) => {
      c.fields.custom[2].direction = 'both';
      c.fields.custom.push({ ticketField: 'cf_x', jiraFieldId: 'customfield_99999', type: 'text', direction: 'both' });
      c.fields.custom.push({ ticketField: 'cf_y', jiraFieldId: 'customfield_10100', type: 'number', direction: 'both' });
    });
    expect(messages(config)).toEqual([
      "Field mapping: Jira field 'Seats' is not on the create screen of Task in ENG: add it there, or sync it to the help desk only.",
      "Field mapping: Jira field 'customfield_99999' (for the help-desk field 'cf_x') doesn't exist on this site.",
      "Field mapping: Jira field 'Region' is mapped twice: keep one mapping.",
      "Field mapping: Jira field 'Region' is a text field, not a number one: change the mapping's type.",
    ]);
  });

  it('refuses a field the edit screen lacks when it syncs to Jira', () => {
    const jira = { ...ENG_FACTS, fields: ENG_FACTS.fields!.map((field) => (field.id === 'customfield_10100' ? { ...field, onEditScreen: false } : field)) };
    expect(messages(goodEngConfig(), jira)).toEqual(["Field mapping: Jira field 'Region' is not on the edit screen of Task in ENG: add it there, or sync it to the help desk only."]);
  });

  it('asks for the fields Jira requires to create an issue', () => {
    const jira = { ...ENG_FACTS, fields: [...ENG_FACTS.fields!, { id: 'customfield_1', name: 'Team', type: 'text' as const, onCreateScreen: true, requiredOnCreate: true }] };
    expect(messages(goodEngConfig(), jira)).toEqual(["Field mapping: Jira field 'Team' is required to create issues in ENG: map a help-desk field to it, or turn off 'Tickets create issues'."]);
  });

  it('refuses priorities neither side has', () => {
    const config = change((c) => (c.fields.priority.valueMap = { urgent: 'Blocker', whenever: 'Low' }));
    expect(messages(config)).toEqual([
      "Field mapping: Jira has no priority 'Blocker' for the help-desk priority 'urgent': pick one of Highest, High, Medium, Low, Lowest.",
      "Field mapping: the help-desk priority 'whenever' doesn't exist: map 'low', 'medium', 'high', 'urgent'.",
    ]);
  });

  it('needs a JQL filter when issues create tickets', () => {
    expect(messages(change((c) => (c.linking.issueJql = '  ')))).toEqual([
      "What links: enter the JQL filter that picks which new ENG issues create tickets, or turn off 'Issues create tickets'.",
    ]);
  });

  it('refuses an issue type of another project, and link rules the direction forbids', () => {
    const config = change((c) => ((c.issueTypeId = '10100'), (c.direction = 'to-jira')));
    expect(messages(config)).toEqual([
      "What links: issue type '10100' is not one of ENG's: pick one of Task, Bug.",
      "What links: new issues can't create tickets while the integration syncs to Jira only: turn off 'Issues create tickets' or change the direction.",
    ]);
  });

  it('checks the ticket filter against the help desk', () => {
    const config = change((c) => (c.linking.ticketFilter = { statusIds: ['9'], tags: [], priorities: ['critical'] }));
    expect(messages(config)).toEqual([
      "What links: the ticket filter's status '9' is not a status of the help desk.",
      "What links: the ticket filter's priority 'critical' is not a help-desk priority: pick from Low, Medium, High, Urgent.",
    ]);
  });

  it('names the help desk problem when its statuses cannot be read', () => {
    const helpdesk = { ...FRESHDESK_FACTS, available: false, statuses: [], note: 'The API key was rejected by Freshdesk (401)' };
    expect(messages(change((c) => (c.linking.ticketFilter.statusIds = [])), ENG_FACTS, helpdesk)).toEqual([
      "Status mapping: the help desk's statuses can't be read (The API key was rejected by Freshdesk (401)), so the mapping can't be checked.",
    ]);
  });

  it('needs a request type of the desk for a service desk, raising the chosen issue type', () => {
    const config = { ...goodEngConfig(), issueTypeId: '10100', linking: { ...goodEngConfig().linking, ticketFilter: { statusIds: [], tags: [], priorities: [] } } };
    const sup = { ...SUP_FACTS, fields: ENG_FACTS.fields!.filter((field) => !field.id.startsWith('customfield')), priorities: ENG_FACTS.priorities };
    const bare = { ...config, fields: { ...config.fields, custom: [] }, statuses: { direction: 'none' as const, toJira: {}, toHelpdesk: {} } };
    expect(messages(bare, sup)).toEqual(["What links: SUP is a service desk: pick the request type new tickets are raised as."]);
    expect(messages({ ...bare, requestTypeId: '12' }, sup)).toEqual(["What links: request type '12' is not one of SUP's: pick one of Get IT help, Report a bug."]);
    expect(messages({ ...bare, requestTypeId: '10' }, sup)).toEqual([]);
    expect(messages({ ...goodEngConfig(), requestTypeId: '10' })).toEqual(['What links: ENG is not a service desk: remove the request type.']);
  });

  it('needs the restricted role for private notes in a software project', () => {
    expect(messages(change((c) => (c.comments.restrictedRole = ' ')))).toEqual([
      'Comments: ENG is not a service desk, so private notes become comments restricted to a project role: name the role.',
    ]);
  });

  it('asks for at least one status when statuses sync', () => {
    expect(messages(change((c) => (c.statuses = { direction: 'both', toJira: {}, toHelpdesk: {} })))).toEqual([
      "Status mapping: map at least one status, or set the status direction to 'none'.",
    ]);
  });
});

describe('parseSyncConfig', () => {
  it('accepts a good config as it is', () => {
    expect(parseSyncConfig(goodEngConfig())).toEqual({ ok: true, config: goodEngConfig() });
  });

  it('refuses unknown settings and wrong values, naming the step and the setting', () => {
    const raw = { ...goodEngConfig(), extra: 1, fields: { ...goodEngConfig().fields, summary: 'sideways' } } as unknown;
    const parsed = parseSyncConfig(raw);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual([
      { step: 'direction', message: "Direction: Unknown setting 'extra': remove it." },
      { step: 'fields', message: 'Field mapping: summary: Pick one of both, to-jira, to-helpdesk, none.' },
    ]);
  });

  it('names the custom field by position and the missing setting', () => {
    const config = goodEngConfig() as unknown as { fields: { custom: Record<string, unknown>[] } };
    config.fields.custom[1] = { ...config.fields.custom[1], type: 'colour' };
    delete config.fields.custom[0].direction;
    const parsed = parseSyncConfig(config);
    expect(!parsed.ok && parsed.problems.map((problem) => problem.message)).toEqual([
      'Field mapping: custom field 1, direction: Pick one of both, to-jira, to-helpdesk, none.',
      'Field mapping: custom field 2, type: Pick the type: text, number, date or select.',
    ]);
  });

  it('joins problems into one message the editor splits by step', () => {
    expect(problemsMessage([{ step: 'fields', message: 'Field mapping: a' }, { step: 'linking', message: 'What links: b' }])).toBe('fields: Field mapping: a; linking: What links: b');
  });
});

describe('parseSyncConfig of something that is no config', () => {
  it.each([undefined, null, 'both', []])('refuses %p, asking for the whole configuration', (raw) => {
    expect(parseSyncConfig(raw)).toEqual({ ok: false, problems: [{ step: 'direction', message: 'Direction: Send the whole sync configuration.' }] });
  });
});
