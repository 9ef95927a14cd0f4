import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { NotificationSettings, NotificationSettingsState } from '../../../src/notifications/notification-rules';
import type { IntegrationView } from '../../../src/shared/integrations';
import { AsyncView } from '../components/async-view';
import { FormErrorMessage, SuccessMessage } from '../components/form-messages';
import { useAction } from '../hooks/use-action';
import { useLoad } from '../hooks/use-load';
import { Switch } from '../sync-config/setting-controls';
import { newRule } from './notification-draft';
import { getNotifications, saveNotifications, siteUrlOf } from './notifications-client';
import { RuleEditor } from './rule-editor';

const sectionStyles = xcss({ borderBlockStartColor: 'color.border', borderBlockStartStyle: 'solid', borderBlockStartWidth: 'border.width', paddingBlockStart: 'space.200', marginBlockStart: 'space.300' });

/**
 * The integration's notifications back to the help desk, under its sync settings: which Jira
 * transitions and field changes add a reply or a note to the linked ticket, and what it says
 * (previewed as it will be sent). Saved on their own: the server checks every status they name.
 */
export function NotificationsSection({ integration }: { integration: IntegrationView }) {
  const loaded = useLoad(async () => ({ state: await getNotifications(integration.id), siteUrl: await siteUrlOf() }), [integration.id]);
  return (
    <Box xcss={sectionStyles}>
      <Stack space="space.150" testId="notifications-section">
        <Heading size="small" as="h3">
          Notifications to the help desk
        </Heading>
        <AsyncView state={loaded} label="Loading the notifications">
          {({ state, siteUrl }) => <NotificationsForm initial={state} siteUrl={siteUrl} projectKey={integration.project.key} />}
        </AsyncView>
      </Stack>
    </Box>
  );
}

function NotificationsForm({ initial, siteUrl, projectKey }: { initial: NotificationSettingsState; siteUrl: string; projectKey: string }) {
  const [draft, setDraft] = useState<NotificationSettings>(initial.settings);
  const [saved, setSaved] = useState(false);
  const save = useAction((settings: NotificationSettings) => saveNotifications(initial.integrationId, settings));
  const readOnly = !initial.canEdit || save.pending;
  const edit = (next: NotificationSettings) => {
    setSaved(false);
    setDraft(next);
  };
  const submit = async () => {
    const answer = await save.run(draft);
    if (answer) {
      setDraft(answer.settings);
      setSaved(true);
    }
  };
  return (
    <Stack space="space.200">
      <Text>When the linked issue moves to a status or gets a fix version or an assignee, Deskbridge can tell the customer, or the agents, on the ticket. Each change is sent once.</Text>
      {!initial.canEdit && (
        <SectionMessage appearance="information">
          <p>You can see these notifications but not change them.</p>
        </SectionMessage>
      )}
      <Switch label="Send these notifications" checked={draft.enabled} onChange={(enabled) => edit({ ...draft, enabled })} testId="notifications-enabled" readOnly={readOnly} />
      {draft.rules.length === 0 && <Text testId="notifications-none">No notification rules yet.</Text>}
      {draft.rules.map((rule, index) => (
        <RuleEditor
          key={rule.id}
          rule={rule}
          index={index}
          options={initial.options}
          siteUrl={siteUrl}
          projectKey={projectKey}
          readOnly={readOnly}
          onChange={(changed) => edit({ ...draft, rules: draft.rules.map((candidate, at) => (at === index ? changed : candidate)) })}
          onRemove={() => edit({ ...draft, rules: draft.rules.filter((_, at) => at !== index) })}
        />
      ))}
      <FormErrorMessage error={save.error} />
      {saved && <SuccessMessage testId="notifications-saved">Saved. Notifications follow these rules from the next change.</SuccessMessage>}
      {initial.canEdit && (
        <Stack space="space.100">
          <div>
            <Button onClick={() => edit({ ...draft, rules: [...draft.rules, newRule(draft.rules, initial.options)] })} isDisabled={readOnly} testId="notifications-add">
              Add a rule
            </Button>
          </div>
          <div>
            <Button appearance="primary" onClick={submit} isDisabled={readOnly} testId="notifications-save">
              Save notifications
            </Button>
          </div>
        </Stack>
      )}
    </Stack>
  );
}
