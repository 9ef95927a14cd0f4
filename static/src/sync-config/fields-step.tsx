import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { CustomFieldMapping, FieldRules } from '../../../src/shared/sync-config';
import type { FieldOptions } from '../../../src/sync/config/editor-views';
import { TOOL_LABELS } from '../access/page-access';
import { setMapEntry } from './config-draft';
import { CustomFieldRow } from './custom-field-row';
import { Choice, DirectionChoice } from './setting-controls';
import type { StepProps } from './step-props';

/**
 * Step 3: the fields that sync and which way: summary, description, priority (with each help-desk
 * priority's Jira priority), tags ↔ labels, the requester, and custom fields.
 */
export function FieldsStep({ config, change, tool, readOnly, options }: StepProps & { options: FieldOptions }) {
  const desk = TOOL_LABELS[tool];
  const { fields } = config;
  const set = (patch: Partial<FieldRules>) => change((current) => ({ ...current, fields: { ...current.fields, ...patch } }));
  const setCustom = (custom: CustomFieldMapping[]) => set({ custom });
  const jiraPriorities = options.jiraPriorities.map((priority) => ({ value: priority.name, label: priority.name }));
  const common = { tool, readOnly };

  return (
    <Stack space="space.200" testId="sync-step-fields">
      <Inline space="space.300" shouldWrap rowSpace="space.150">
        <DirectionChoice {...common} label="Subject ↔ summary" value={fields.summary} onChange={(summary) => set({ summary })} testId="sync-field-summary" />
        <DirectionChoice {...common} label="Description" value={fields.description} onChange={(description) => set({ description })} testId="sync-field-description" />
        <DirectionChoice {...common} label="Tags ↔ labels" value={fields.labels} onChange={(labels) => set({ labels })} testId="sync-field-labels" />
        <DirectionChoice {...common} label="Requester" value={fields.requester} onChange={(requester) => set({ requester })} testId="sync-field-requester" />
      </Inline>
      <Heading size="xsmall" as="h4">
        Priority
      </Heading>
      <DirectionChoice {...common} label="Priority" value={fields.priority.direction} onChange={(direction) => set({ priority: { ...fields.priority, direction } })} testId="sync-field-priority" />
      {fields.priority.direction !== 'none' && (
        <Inline space="space.200" shouldWrap rowSpace="space.100" testId="sync-priority-map">
          {options.helpdesk.priorities.length === 0 && <Text color="color.text.subtle">{desk} has no priorities to map.</Text>}
          {options.helpdesk.priorities.map((priority) => (
            <Choice
              key={priority.value}
              label={`${desk} ${priority.label} →`}
              value={fields.priority.valueMap[priority.value]}
              options={jiraPriorities}
              onChange={(name) => set({ priority: { ...fields.priority, valueMap: setMapEntry(fields.priority.valueMap, priority.value, name) } })}
              testId={`sync-priority-${priority.value}`}
              readOnly={readOnly}
              width={180}
              clearable
              placeholder="Not mapped"
            />
          ))}
        </Inline>
      )}
      <Heading size="xsmall" as="h4">
        Custom fields
      </Heading>
      {fields.custom.length === 0 && <Text color="color.text.subtle">No custom fields mapped.</Text>}
      {fields.custom.map((mapping, index) => (
        <CustomFieldRow
          key={index}
          index={index}
          mapping={mapping}
          jiraFields={options.jiraFields}
          {...common}
          onChange={(next) => setCustom(fields.custom.map((existing, at) => (at === index ? next : existing)))}
          onRemove={() => setCustom(fields.custom.filter((_, at) => at !== index))}
        />
      ))}
      {!readOnly && (
        <div>
          <Button
            onClick={() => setCustom([...fields.custom, { ticketField: '', jiraFieldId: '', type: 'text', direction: 'both' }])}
            testId="sync-custom-add"
          >
            Add custom field
          </Button>
        </div>
      )}
    </Stack>
  );
}
