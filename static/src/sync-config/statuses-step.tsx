import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { StatusOptions } from '../../../src/sync/config/editor-views';
import { TOOL_LABELS } from '../access/page-access';
import { setMapEntry } from './config-draft';
import { Choice, DirectionChoice } from './setting-controls';
import type { StepProps } from './step-props';

/**
 * Step 4: the status mapping both ways, prefilled from the proposal (by bucket) and editable.
 * Jira statuses no transition leads to are marked: the sync can't move an issue there.
 */
export function StatusesStep({ config, change, tool, readOnly, options, onPropose }: StepProps & { options: StatusOptions; onPropose: () => void }) {
  const desk = TOOL_LABELS[tool];
  const { statuses } = config;
  const setMaps = (patch: Partial<typeof statuses>) => change((current) => ({ ...current, statuses: { ...current.statuses, ...patch } }));
  const jiraChoices = options.jiraStatuses.map((status) => ({ value: status.id, label: status.reachable ? status.name : `${status.name} (no transition leads here)` }));
  const deskChoices = options.helpdesk.statuses.map((status) => ({ value: status.id, label: status.name }));

  return (
    <Stack space="space.200" testId="sync-step-statuses">
      <Inline space="space.200" alignBlock="end" shouldWrap>
        <DirectionChoice label="Status changes" value={statuses.direction} tool={tool} onChange={(direction) => setMaps({ direction })} testId="sync-status-direction" readOnly={readOnly} />
        {!readOnly && (
          <Button onClick={onPropose} testId="sync-status-propose">
            Propose the mapping again
          </Button>
        )}
      </Inline>
      {options.helpdesk.note && <Text color="color.text.warning">{`${desk}'s statuses: ${options.helpdesk.note}.`}</Text>}
      {options.jiraNote && <Text color="color.text.warning">{`${options.jiraNote}.`}</Text>}
      <Heading size="xsmall" as="h4">
        {`${desk} status → Jira status`}
      </Heading>
      <Inline space="space.200" shouldWrap rowSpace="space.100" testId="sync-status-to-jira">
        {options.helpdesk.statuses.map((status) => (
          <Choice
            key={status.id}
            label={status.name}
            value={statuses.toJira[status.id]}
            options={jiraChoices}
            onChange={(target) => setMaps({ toJira: setMapEntry(statuses.toJira, status.id, target) })}
            testId={`sync-status-to-jira-${status.id}`}
            readOnly={readOnly}
            width={220}
            clearable
            placeholder="Not mapped"
          />
        ))}
      </Inline>
      <Heading size="xsmall" as="h4">
        {`Jira status → ${desk} status`}
      </Heading>
      <Inline space="space.200" shouldWrap rowSpace="space.100" testId="sync-status-to-helpdesk">
        {options.jiraStatuses.map((status) => (
          <Choice
            key={status.id}
            label={status.name}
            value={statuses.toHelpdesk[status.id]}
            options={deskChoices}
            onChange={(target) => setMaps({ toHelpdesk: setMapEntry(statuses.toHelpdesk, status.id, target) })}
            testId={`sync-status-to-helpdesk-${status.id}`}
            readOnly={readOnly}
            width={220}
            clearable
            placeholder="Not mapped"
          />
        ))}
      </Inline>
    </Stack>
  );
}
