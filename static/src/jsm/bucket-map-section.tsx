import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { BUCKET_LABELS, type BucketMapRow, type BucketMapView, type ServiceDeskOption } from '../../../src/shared/jsm';
import type { Bucket } from '../../../src/shared/sync-config';
import { fetchBucketMap, notifySuccess, saveBucketMap } from '../api/deskbridge-client';
import { AsyncView } from '../components/async-view';
import { FormErrorMessage } from '../components/form-messages';
import { useAction } from '../hooks/use-action';
import { useResource } from '../hooks/use-resource';
import { BUCKET_OPTIONS, draftOf, hasChanges, type BucketOption } from './jsm-format';

/**
 * The desk's status → bucket map: every status of its request types' workflows, with the bucket
 * Deskbridge proposes from the status category and name until an admin saves a choice.
 */

const head: HeadType = {
  cells: [
    { key: 'status', content: 'Jira status', width: 35 },
    { key: 'bucket', content: 'Bucket', width: 40 },
    { key: 'source', content: '', width: 25 },
  ],
};

export function BucketMapSection({ desk, onSaved }: { desk: ServiceDeskOption; onSaved: () => void }) {
  const map = useResource(() => fetchBucketMap(desk.id), [desk.id]);
  const afterSave = async () => {
    await map.reload();
    onSaved();
  };
  return (
    <Stack space="space.150" testId="jsm-bucket-map">
      <Heading size="small" as="h3">
        Status buckets
      </Heading>
      <p>
        Which bucket each status of {desk.projectName} stands for. Deskbridge moves a request to a status of the bucket the
        help desk's ticket is in, and reads a request's bucket from its status.
      </p>
      <AsyncView state={map.state} label="Loading the bucket map">
        {(data) => <BucketMapEditor view={data} onSaved={afterSave} />}
      </AsyncView>
    </Stack>
  );
}

function BucketMapEditor({ view, onSaved }: { view: BucketMapView; onSaved: () => Promise<void> }) {
  const [draft, setDraft] = useState<Record<string, Bucket>>(() => draftOf(view));
  useEffect(() => setDraft(draftOf(view)), [view]);
  const save = useAction(async () => {
    const saved = await saveBucketMap({ serviceDeskId: view.serviceDeskId, buckets: draft });
    notifySuccess('Bucket map saved', `Deskbridge now uses these buckets for ${saved.projectKey}.`);
    await onSaved();
    return saved;
  });
  const rows = view.rows.map((row) => bucketRow(row, draft[row.statusId] ?? row.bucket, (bucket) => setDraft({ ...draft, [row.statusId]: bucket }), save.pending));
  return (
    <Stack space="space.150">
      <FormErrorMessage error={save.error} />
      <DynamicTable testId="jsm-bucket-table" label="Status buckets" head={head} rows={rows} />
      <Inline space="space.150" alignBlock="center">
        <Button appearance="primary" onClick={() => void save.run()} isDisabled={save.pending || !hasChanges(view, draft)} testId="jsm-bucket-save">
          Save bucket map
        </Button>
        <Text color="color.text.subtle" testId="jsm-bucket-saved-at">
          {view.savedAt ? `Saved ${new Date(view.savedAt).toLocaleString()}` : 'Proposed by Deskbridge; not saved yet.'}
        </Text>
      </Inline>
    </Stack>
  );
}

function bucketRow(row: BucketMapRow, bucket: Bucket, onChange: (bucket: Bucket) => void, busy: boolean): RowType {
  const inputId = `jsm-bucket-${row.statusId}-input`;
  return {
    key: row.statusId,
    testId: `jsm-bucket-row-${row.statusId}`,
    cells: [
      { content: <label htmlFor={inputId}>{row.name}</label> },
      {
        content: (
          <div style={{ width: 240 }} data-testid={`jsm-bucket-${row.statusId}`} data-bucket={bucket}>
            <Select<BucketOption>
              inputId={inputId}
              options={BUCKET_OPTIONS}
              value={BUCKET_OPTIONS.find((option) => option.value === bucket)}
              onChange={(option) => option && onChange(option.value)}
              isDisabled={busy}
              spacing="compact"
              testId={`jsm-bucket-${row.statusId}`}
            />
          </div>
        ),
      },
      {
        content: row.saved ? (
          <Lozenge appearance="success">Saved</Lozenge>
        ) : (
          <span title={`Proposed from the status category and name: ${BUCKET_LABELS[row.proposed]}`}>
            <Lozenge>Proposed</Lozenge>
          </span>
        ),
      },
    ],
  };
}
