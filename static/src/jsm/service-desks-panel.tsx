import { useState } from 'react';
import EmptyState from '@atlaskit/empty-state';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { ServiceDeskOption } from '../../../src/shared/jsm';
import { listJsmDesks } from '../api/deskbridge-client';
import { AsyncView } from '../components/async-view';
import { Panel } from '../components/panel';
import { useResource } from '../hooks/use-resource';
import { BucketMapSection } from './bucket-map-section';
import { ReadinessSection } from './readiness-section';

/**
 * The admin page's "Service desks" panel (Jira admins only): for each JSM service desk Deskbridge
 * raises and works requests in, whether its workflows and the app's permissions let it follow a
 * help desk, and which bucket each status stands for.
 */

const sectionStyles = xcss({
  borderBlockStartColor: 'color.border',
  borderBlockStartStyle: 'solid',
  borderBlockStartWidth: 'border.width',
  paddingBlockStart: 'space.200',
});

export function ServiceDesksPanel() {
  const desks = useResource(listJsmDesks, []);
  return (
    <Panel testId="service-desks-panel" title="Service desks">
      <p>
        Deskbridge raises JSM requests as the app, on the customer's behalf, and moves them through their workflow as the
        help desk's tickets change. Check each desk here before you connect it.
      </p>
      <AsyncView state={desks.state} label="Loading service desks">
        {(list) => (list.length === 0 ? <NoDesks /> : <DeskView desks={list} />)}
      </AsyncView>
    </Panel>
  );
}

function DeskView({ desks }: { desks: ServiceDeskOption[] }) {
  const [selectedId, setSelectedId] = useState(desks[0].id);
  const [revision, setRevision] = useState(0);
  const desk = desks.find((candidate) => candidate.id === selectedId) ?? desks[0];
  return (
    <Stack space="space.300">
      <DeskPicker desks={desks} selectedId={desk.id} onSelect={setSelectedId} />
      <ReadinessSection desk={desk} revision={revision} />
      <Box xcss={sectionStyles}>
        <BucketMapSection desk={desk} onSaved={() => setRevision((value) => value + 1)} />
      </Box>
    </Stack>
  );
}

function NoDesks() {
  return (
    <div data-testid="service-desks-empty">
      <EmptyState
        header="No service desks"
        description="Deskbridge sees no Jira Service Management project. Create one, or make the app an agent of an existing one (Project settings → Permissions)."
        headingLevel={3}
      />
    </div>
  );
}

/** The desk picker: which service desk the panel shows, named by its project. */

type Option = { value: string; label: string };

interface DeskPickerProps {
  desks: ServiceDeskOption[];
  selectedId: string;
  onSelect: (id: string) => void;
}

function DeskPicker({ desks, selectedId, onSelect }: DeskPickerProps) {
  const options: Option[] = desks.map((desk) => ({ value: desk.id, label: `${desk.projectName} (${desk.projectKey})` }));
  return (
    <Inline space="space.100" alignBlock="center">
      <label htmlFor="jsm-desk-picker-input">
        <Text weight="medium" color="color.text.subtle">
          Service desk
        </Text>
      </label>
      <div style={{ width: 280 }} data-testid="jsm-desk-picker">
        <Select<Option>
          inputId="jsm-desk-picker-input"
          options={options}
          value={options.find((option) => option.value === selectedId)}
          onChange={(option) => option && onSelect(option.value)}
          testId="jsm-desk-picker"
        />
      </div>
    </Inline>
  );
}
