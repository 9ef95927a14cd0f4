import { Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { CommentRules } from '../../../src/shared/sync-config';
import { TOOL_LABELS } from '../access/page-access';
import { DirectionChoice, Setting, Switch } from './setting-controls';
import type { StepProps } from './step-props';

/** Step 5: public replies, private notes (internal on a service desk, role-restricted elsewhere), and Jira comments going out. */
export function CommentsStep({ config, change, tool, readOnly, serviceDesk }: StepProps & { serviceDesk: boolean }) {
  const set = (patch: Partial<CommentRules>) => change((current) => ({ ...current, comments: { ...current.comments, ...patch } }));
  const { comments } = config;
  return (
    <Stack space="space.200" testId="sync-step-comments">
      <DirectionChoice label="Public replies ↔ public comments" value={comments.publicReplies} tool={tool} onChange={(publicReplies) => set({ publicReplies })} testId="sync-comments-public" readOnly={readOnly} />
      <DirectionChoice
        label={serviceDesk ? 'Private notes ↔ internal comments' : 'Private notes ↔ restricted comments'}
        value={comments.privateNotes}
        tool={tool}
        onChange={(privateNotes) => set({ privateNotes })}
        testId="sync-comments-private"
        readOnly={readOnly}
      />
      {!serviceDesk && (
        <Setting label="Project role private notes are restricted to" helper="Only members of this role see the comment a private note becomes.">
          {(inputId) => (
            <div style={{ width: 320 }}>
              <Textfield id={inputId} value={comments.restrictedRole} onChange={(event) => set({ restrictedRole: event.currentTarget.value })} isDisabled={readOnly} testId="sync-comments-role" />
            </div>
          )}
        </Setting>
      )}
      <Switch label={`Jira comments go out to ${TOOL_LABELS[tool]}`} checked={comments.jiraCommentsOut} onChange={(jiraCommentsOut) => set({ jiraCommentsOut })} testId="sync-comments-out" readOnly={readOnly} />
    </Stack>
  );
}
