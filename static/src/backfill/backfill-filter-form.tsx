import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { BackfillFilter } from '../../../src/sync/backfill/backfill-shapes';
import { listOf } from './backfill-format';

/**
 * What to bring over: tickets created in a date range, in some statuses, with some tags or
 * priorities (the help desk's own fields and values, as its list shows them). Nothing is
 * brought over from here: "Estimate" counts what the filter selects and says what it costs.
 */
interface BackfillFilterFormProps {
  initial?: BackfillFilter;
  disabled: boolean;
  pending: boolean;
  onEstimate: (filter: BackfillFilter) => void;
}

export function BackfillFilterForm({ initial, disabled, pending, onEstimate }: BackfillFilterFormProps) {
  const [from, setFrom] = useState(initial?.createdFrom ?? '');
  const [to, setTo] = useState(initial?.createdTo ?? '');
  const [statuses, setStatuses] = useState((initial?.statusIds ?? []).join(', '));
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const [priorities, setPriorities] = useState((initial?.priorities ?? []).join(', '));
  const filter = (): BackfillFilter => ({
    ...(from ? { createdFrom: from } : {}),
    ...(to ? { createdTo: to } : {}),
    statusIds: listOf(statuses),
    tags: listOf(tags),
    priorities: listOf(priorities),
  });
  const field = (label: string, value: string, set: (value: string) => void, testId: string, placeholder: string, type = 'text') => (
    <label style={{ display: 'block', minWidth: 160 }}>
      <Text size="small" weight="medium">
        {label}
      </Text>
      <Textfield type={type} value={value} placeholder={placeholder} isDisabled={disabled} testId={testId} onChange={(event) => set((event.target as HTMLInputElement).value)} />
    </label>
  );
  return (
    <Stack space="space.150" testId="backfill-filter">
      <Inline space="space.200" shouldWrap>
        {field('Created from', from, setFrom, 'backfill-from', 'YYYY-MM-DD', 'date')}
        {field('Created until', to, setTo, 'backfill-to', 'YYYY-MM-DD', 'date')}
        {field('Status ids', statuses, setStatuses, 'backfill-statuses', 'all, or e.g. 2, 3')}
        {field('Tags', tags, setTags, 'backfill-tags', 'any')}
        {field('Priorities', priorities, setPriorities, 'backfill-priorities', 'any, or e.g. high, urgent')}
      </Inline>
      <Text size="small" color="color.text.subtle">
        Leave a field empty to take every ticket. Tickets already linked in this integration are skipped.
      </Text>
      <Inline>
        <Button appearance="primary" isDisabled={disabled} isLoading={pending} testId="backfill-estimate" onClick={() => onEstimate(filter())}>
          Estimate
        </Button>
      </Inline>
    </Stack>
  );
}
