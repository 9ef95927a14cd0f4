import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { CustomFieldMapping } from '../../../src/shared/sync-config';
import type { Tool } from '../../../src/shared/roles';
import type { JiraFieldOption } from '../../../src/sync/config/editor-views';
import { TOOL_LABELS } from '../access/page-access';
import { setMapEntry } from './config-draft';
import { Choice, DirectionChoice, Setting } from './setting-controls';

/**
 * One custom field mapping: the help desk's field (typed: help desks name them freely), the Jira
 * field (its type follows), the direction and, for a select, which Jira option each help-desk value becomes.
 */

const rowStyles = xcss({ borderColor: 'color.border', borderStyle: 'solid', borderWidth: 'border.width', borderRadius: 'radius.small' });

interface CustomFieldRowProps {
  index: number;
  mapping: CustomFieldMapping;
  jiraFields: JiraFieldOption[];
  tool: Tool;
  readOnly: boolean;
  onChange: (mapping: CustomFieldMapping) => void;
  onRemove: () => void;
}

const mappable = (field: JiraFieldOption) => field.id.startsWith('customfield_') && field.type !== 'other';

export function CustomFieldRow({ index, mapping, jiraFields, tool, readOnly, onChange, onRemove }: CustomFieldRowProps) {
  const testId = `sync-custom-${index}`;
  const jiraField = jiraFields.find((field) => field.id === mapping.jiraFieldId);
  const choices = jiraFields.filter(mappable).map((field) => ({ value: field.id, label: `${field.name} (${field.type}${field.onCreateScreen ? '' : ', not on the create screen'})` }));
  const valueMap = mapping.valueMap ?? {};
  const setValue = (from: string, to: string | undefined) => onChange({ ...mapping, valueMap: setMapEntry(valueMap, from, to) });

  return (
    <Box xcss={rowStyles} padding="space.150" testId={testId}>
      <Stack space="space.100">
        <Inline space="space.200" shouldWrap alignBlock="end" rowSpace="space.100">
          <Setting label={`${TOOL_LABELS[tool]} field`}>
            {(inputId) => (
              <div style={{ width: 200 }}>
                <Textfield id={inputId} value={mapping.ticketField} placeholder="e.g. cf_plan" onChange={(event) => onChange({ ...mapping, ticketField: event.currentTarget.value })} isDisabled={readOnly} testId={`${testId}-ticket-field`} />
              </div>
            )}
          </Setting>
          <Choice
            label="Jira field"
            value={mapping.jiraFieldId || undefined}
            options={choices}
            onChange={(id) => {
              const field = jiraFields.find((candidate) => candidate.id === id);
              if (field && field.type !== 'other') onChange({ ...mapping, jiraFieldId: field.id, type: field.type, ...(field.type === 'select' ? { valueMap } : { valueMap: undefined }) });
            }}
            testId={`${testId}-jira-field`}
            readOnly={readOnly}
            width={300}
          />
          <DirectionChoice label="Direction" value={mapping.direction} tool={tool} onChange={(direction) => onChange({ ...mapping, direction })} testId={`${testId}-direction`} readOnly={readOnly} />
          {!readOnly && (
            <Button appearance="subtle" onClick={onRemove} testId={`${testId}-remove`}>
              Remove
            </Button>
          )}
        </Inline>
        {mapping.type === 'select' && (
          <Stack space="space.075" testId={`${testId}-values`}>
            {Object.entries(valueMap).map(([from, to], at) => (
              <Inline key={from} space="space.150" alignBlock="end">
                <Setting label={`${TOOL_LABELS[tool]} value`}>{(inputId) => <Textfield id={inputId} value={from} isReadOnly width={160} testId={`${testId}-value-${at}`} />}</Setting>
                {jiraField?.options ? (
                  <Choice label="Jira option" value={to} options={jiraField.options.map((option) => ({ value: option, label: option }))} onChange={(option) => option && setValue(from, option)} testId={`${testId}-option-${at}`} readOnly={readOnly} width={200} />
                ) : (
                  // Off the create screen Jira doesn't list the options: the server checks them against the edit screen.
                  <Setting label="Jira option">
                    {(inputId) => <Textfield id={inputId} value={to} onChange={(event) => onChange({ ...mapping, valueMap: { ...valueMap, [from]: event.currentTarget.value } })} isDisabled={readOnly} width={200} testId={`${testId}-option-${at}`} />}
                  </Setting>
                )}
                {!readOnly && (
                  <Button appearance="subtle" onClick={() => setValue(from, undefined)} testId={`${testId}-value-remove-${at}`}>
                    Remove value
                  </Button>
                )}
              </Inline>
            ))}
            {!readOnly && <NewValue onAdd={(value) => setValue(value, jiraField?.options?.[0] ?? value)} testId={`${testId}-new-value`} />}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}

/** Adds a help-desk value to a select mapping: type it, press Enter. */
function NewValue({ onAdd, testId }: { onAdd: (value: string) => void; testId: string }) {
  return (
    <div style={{ width: 260 }}>
      <Textfield
        placeholder="Add a help-desk value, then Enter"
        testId={testId}
        onKeyDown={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          if (event.key === 'Enter' && input.value.trim()) {
            onAdd(input.value.trim());
            input.value = '';
          }
        }}
      />
    </div>
  );
}
