import { useState } from 'react';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import type { LinkingRules } from '../../../src/shared/sync-config';
import type { LinkingOptions } from '../../../src/sync/config/editor-views';
import { TOOL_LABELS } from '../access/page-access';
import { parseList, withRequestType } from './config-draft';
import { Choice, MultiChoice, Setting, Switch } from './setting-controls';
import type { StepProps } from './step-props';

/**
 * Step 2: what new issues are (issue type, or a service desk's request type) and what links on
 * its own: tickets matching a filter create issues, issues matching JQL create tickets; with
 * both off, links are made by hand only.
 */
export function LinkingStep({ config, change, tool, readOnly, options }: StepProps & { options: LinkingOptions }) {
  const desk = TOOL_LABELS[tool];
  const { linking } = config;
  const set = (patch: Partial<LinkingRules>) => change((current) => ({ ...current, linking: { ...current.linking, ...patch } }));
  const setFilter = (patch: Partial<LinkingRules['ticketFilter']>) => set({ ticketFilter: { ...linking.ticketFilter, ...patch } });
  const [tags, setTags] = useState(linking.ticketFilter.tags.join(', '));
  const { project, helpdesk } = options;

  return (
    <Stack space="space.200" testId="sync-step-linking">
      {project.serviceDesk ? (
        <Choice
          label="Request type new tickets are raised as"
          helper={`The issue type follows from it: ${options.issueTypes.find((type) => type.id === config.issueTypeId)?.name ?? 'none yet'}.`}
          value={config.requestTypeId}
          options={options.requestTypes.map((type) => ({ value: type.id, label: type.name }))}
          onChange={(id) => {
            const requestType = options.requestTypes.find((type) => type.id === id);
            if (requestType) change((current) => withRequestType(current, requestType));
          }}
          testId="sync-request-type"
          readOnly={readOnly}
        />
      ) : (
        <Choice
          label={`Issue type of new ${project.key} issues`}
          value={config.issueTypeId || undefined}
          options={options.issueTypes.map((type) => ({ value: type.id, label: type.name }))}
          onChange={(id) => id && change((current) => ({ ...current, issueTypeId: id }))}
          testId="sync-issue-type"
          readOnly={readOnly}
        />
      )}
      <Switch label={`New ${desk} tickets create ${project.key} issues`} checked={linking.ticketsCreateIssues} onChange={(on) => set({ ticketsCreateIssues: on })} testId="sync-tickets-create-issues" readOnly={readOnly} />
      {linking.ticketsCreateIssues && (
        <Stack space="space.100" testId="sync-ticket-filter">
          <Text color="color.text.subtle">Only tickets matching every condition below create issues; an empty condition matches all.</Text>
          <MultiChoice
            label="Statuses"
            values={linking.ticketFilter.statusIds}
            options={helpdesk.statuses.map((status) => ({ value: status.id, label: status.name }))}
            onChange={(statusIds) => setFilter({ statusIds })}
            testId="sync-filter-statuses"
            readOnly={readOnly}
          />
          <Setting label="Tags" helper="Comma-separated; a ticket with any of them matches.">
            {(inputId) => (
              <div style={{ width: 420 }}>
                <Textfield
                  id={inputId}
                  value={tags}
                  onChange={(event) => {
                    setTags(event.currentTarget.value);
                    setFilter({ tags: parseList(event.currentTarget.value) });
                  }}
                  isDisabled={readOnly}
                  testId="sync-filter-tags"
                />
              </div>
            )}
          </Setting>
          <MultiChoice
            label="Priorities"
            values={linking.ticketFilter.priorities}
            options={helpdesk.priorities.map((priority) => ({ value: priority.value, label: priority.label }))}
            onChange={(priorities) => setFilter({ priorities })}
            testId="sync-filter-priorities"
            readOnly={readOnly}
          />
        </Stack>
      )}
      <Switch label={`New ${project.key} issues create ${desk} tickets`} checked={linking.issuesCreateTickets} onChange={(on) => set({ issuesCreateTickets: on })} testId="sync-issues-create-tickets" readOnly={readOnly} />
      {linking.issuesCreateTickets && (
        <Setting label="JQL filter" helper={`Within ${project.key}; for example: labels = customer-facing`}>
          {(inputId) => (
            <div style={{ width: 520 }}>
              <Textfield id={inputId} value={linking.issueJql} onChange={(event) => set({ issueJql: event.currentTarget.value })} isDisabled={readOnly} testId="sync-issue-jql" />
            </div>
          )}
        </Setting>
      )}
      {!linking.ticketsCreateIssues && !linking.issuesCreateTickets && (
        <SectionMessage appearance="information" testId="sync-manual-only">
          <p>Manual only: tickets and issues are linked by hand (from the issue panel), then kept in sync.</p>
        </SectionMessage>
      )}
      {!helpdesk.available && helpdesk.note && <Text color="color.text.warning">{`${desk}'s statuses can't be listed: ${helpdesk.note}.`}</Text>}
    </Stack>
  );
}
