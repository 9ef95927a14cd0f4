import { useId } from 'react';
import Button from '@atlaskit/button/new';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { PLACEHOLDERS, unknownPlaceholders, type NotificationOptions, type NotificationRule } from '../../../src/notifications/notification-rules';
import { Choice } from '../sync-config/setting-controls';
import { parseTrigger, previewOf, triggerOptions, triggerValue } from './notification-draft';

const previewStyles = xcss({ backgroundColor: 'color.background.neutral', borderRadius: 'radius.small', padding: 'space.100', whiteSpace: 'pre-wrap' });

interface RuleEditorProps {
  rule: NotificationRule;
  index: number;
  options: NotificationOptions;
  siteUrl: string;
  projectKey: string;
  readOnly: boolean;
  onChange: (rule: NotificationRule) => void;
  onRemove: () => void;
}

/**
 * One rule: when (a status the issue moves to, or a field that changes), what to write (a public
 * reply or a private note, from a template), and optionally the ticket status to set. The
 * preview under the template is rendered as it will be sent.
 */
export function RuleEditor({ rule, index, options, siteUrl, projectKey, readOnly, onChange, onRemove }: RuleEditorProps) {
  const templateId = useId();
  const unknown = unknownPlaceholders(rule.template);
  const testId = `notification-rule-${index}`;
  return (
    <Stack space="space.100" testId={testId}>
      <Choice
        label="When"
        value={triggerValue(rule.when)}
        options={triggerOptions(options)}
        onChange={(value) => {
          const when = value ? parseTrigger(value) : undefined;
          if (when) onChange({ ...rule, when });
        }}
        testId={`${testId}-when`}
        readOnly={readOnly}
      />
      <Choice<'public' | 'private'>
        label="Write"
        value={rule.visibility}
        options={[
          { value: 'public', label: 'A public reply (the customer reads it)' },
          { value: 'private', label: 'A private note (agents only)' },
        ]}
        onChange={(value) => onChange({ ...rule, visibility: value ?? rule.visibility })}
        testId={`${testId}-visibility`}
        readOnly={readOnly}
      />
      <label htmlFor={templateId}>
        <Text weight="medium">Message</Text>
      </label>
      <textarea
        id={templateId}
        value={rule.template}
        disabled={readOnly}
        rows={3}
        style={{ width: 420, font: 'inherit' }}
        onChange={(event) => onChange({ ...rule, template: event.target.value })}
        data-testid={`${testId}-template`}
      />
      <Text size="small" color={unknown.length ? 'color.text.danger' : 'color.text.subtle'}>
        {unknown.length
          ? `Unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')}.`
          : `Placeholders: ${PLACEHOLDERS.map((name) => `{${name}}`).join(' ')}`}
      </Text>
      <Box xcss={previewStyles} testId={`${testId}-preview`}>
        {previewOf(rule, options, siteUrl, projectKey)}
      </Box>
      <Choice
        label="Then set the ticket to"
        value={rule.setTicketStatusId}
        options={options.ticketStatuses.map((status) => ({ value: status.id, label: status.name }))}
        onChange={(value) => onChange({ ...rule, ...(value ? { setTicketStatusId: value } : { setTicketStatusId: undefined }) })}
        testId={`${testId}-ticket-status`}
        readOnly={readOnly || options.ticketStatuses.length === 0}
        clearable
        placeholder={options.ticketStatusesNote ? `Unavailable: ${options.ticketStatusesNote}` : 'Leave the status as it is'}
      />
      {!readOnly && (
        <div>
          <Button appearance="subtle" onClick={onRemove} testId={`${testId}-remove`}>
            Remove this rule
          </Button>
        </div>
      )}
    </Stack>
  );
}
