import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { PANEL_TOOLS, type PanelFieldSettings, type PanelTool } from '../../../src/issue-panel/panel-fields';
import { invokeResolver } from '../api/deskbridge-client';
import { TOOL_LABELS } from '../access/page-access';
import { AsyncView } from '../components/async-view';
import { FormErrorMessage, SuccessMessage } from '../components/form-messages';
import { Panel } from '../components/panel';
import { useAction } from '../hooks/use-action';
import { useLoad } from '../hooks/use-load';
import { MultiChoice, Setting } from '../sync-config/setting-controls';
import { fromDrafts, standardOptions, toDrafts, type ToolFieldsDraft } from './panel-fields-draft';

const getFields = async () => invokeResolver<PanelFieldSettings>('issue-panel/fields/get');
const saveFields = async (fields: PanelFieldSettings) => invokeResolver<PanelFieldSettings>('issue-panel/fields/save', { fields });

/**
 * Which ticket fields the issue panel shows for each help desk (Jira admins): the fields every
 * connector reads, and the help desk's own custom fields by name. The panel reads the values
 * from the help desk each time it opens; only these names are stored.
 */
export function PanelFieldsPanel() {
  const loaded = useLoad(getFields, []);
  return (
    <Panel testId="panel-fields" title="Issue panel">
      <AsyncView state={loaded} label="Loading the issue panel's fields">
        {(settings) => <PanelFieldsForm initial={settings} />}
      </AsyncView>
    </Panel>
  );
}

function PanelFieldsForm({ initial }: { initial: PanelFieldSettings }) {
  const [drafts, setDrafts] = useState(() => toDrafts(initial));
  const [saved, setSaved] = useState(false);
  const save = useAction(saveFields);
  const change = (tool: PanelTool, patch: Partial<ToolFieldsDraft>) => {
    setSaved(false);
    setDrafts((current) => ({ ...current, [tool]: { ...current[tool], ...patch } }));
  };
  const submit = async () => {
    const answer = await save.run(fromDrafts(drafts));
    if (answer) {
      setDrafts(toDrafts(answer));
      setSaved(true);
    }
  };
  return (
    <Stack space="space.200">
      <Text>The issue panel shows each linked ticket's status, requester and last update, and these fields of it.</Text>
      {PANEL_TOOLS.map((tool) => (
        <Stack space="space.100" key={tool}>
          <MultiChoice<string>
            label={`${TOOL_LABELS[tool]}: fields`}
            values={drafts[tool].standard}
            options={standardOptions}
            onChange={(standard) => change(tool, { standard })}
            testId={`panel-fields-${tool}`}
            readOnly={save.pending}
            placeholder="None"
          />
          <Setting label={`${TOOL_LABELS[tool]}: custom fields`} helper="The help desk's own field names, separated by commas (e.g. cf_region, cf_plan).">
            {(inputId) => (
              <Textfield
                id={inputId}
                value={drafts[tool].custom}
                onChange={(event) => change(tool, { custom: (event.target as HTMLInputElement).value })}
                isDisabled={save.pending}
                testId={`panel-fields-${tool}-custom`}
              />
            )}
          </Setting>
        </Stack>
      ))}
      <FormErrorMessage error={save.error} />
      {saved && <SuccessMessage testId="panel-fields-saved">Saved. Issue panels show these fields from their next load.</SuccessMessage>}
      <div>
        <Button appearance="primary" onClick={submit} isDisabled={save.pending} testId="panel-fields-save">
          Save
        </Button>
      </div>
    </Stack>
  );
}
