import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { IdentityLinkView } from '../../../src/shared/identity';
import { TOOL_LABELS } from '../access/page-access';
import { ErrorMessage } from '../components/page-messages';
import { linkKey, LINK_TOOLS, type ToolFilter } from './identity-format';
import { IdentityMapTable } from './identity-map-table';
import { RemoveLinkConfirm } from './remove-link-confirm';
import type { IdentityChanges } from './use-identity-changes';
import type { IdentityLinks } from './use-identity-links';

/**
 * The identity map: which help-desk contact is which Jira account, filtered by tool, 50 rows at
 * a time. Removing a row asks first, under the table.
 */

type FilterOption = { value: ToolFilter; label: string };
const FILTER_OPTIONS: FilterOption[] = [{ value: 'all', label: 'All tools' }, ...LINK_TOOLS.map((tool) => ({ value: tool, label: TOOL_LABELS[tool] }))];

const confirmStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  backgroundColor: 'elevation.surface.sunken',
});

interface IdentityMapSectionProps {
  links: IdentityLinks;
  filter: ToolFilter;
  onFilter: (filter: ToolFilter) => void;
  changes: IdentityChanges;
  callerAccountId: string;
}

export function IdentityMapSection({ links, filter, onFilter, changes, callerAccountId }: IdentityMapSectionProps) {
  const [removing, setRemoving] = useState<IdentityLinkView | null>(null);
  const target = removing && links.links.find((link) => linkKey(link) === linkKey(removing));

  return (
    <Stack space="space.150" testId="identity-map">
      <Inline spread="space-between" alignBlock="center" shouldWrap rowSpace="space.100">
        <Heading size="small" as="h3">
          Identity map
        </Heading>
        <Inline space="space.100" alignBlock="center">
          <label htmlFor="identity-map-tool-filter-input">
            <Text weight="medium" color="color.text.subtle">
              Show
            </Text>
          </label>
          <div style={{ width: 200 }} data-testid="identity-map-tool-filter">
            <Select<FilterOption>
              inputId="identity-map-tool-filter-input"
              options={FILTER_OPTIONS}
              value={FILTER_OPTIONS.find((option) => option.value === filter)}
              onChange={(option) => {
                setRemoving(null);
                onFilter(option?.value ?? 'all');
              }}
              spacing="compact"
              testId="identity-map-tool-filter"
            />
          </div>
        </Inline>
      </Inline>
      <p>
        Who a help-desk contact or agent is in Jira. Deskbridge adds a row when it matches an email exactly; you add the
        others below. A manual mapping wins over an email match.
      </p>
      {links.error && <ErrorMessage error={links.error} />}
      <IdentityMapTable
        links={links.links}
        callerAccountId={callerAccountId}
        loading={links.loading}
        busy={changes.busy}
        selectedKey={target ? linkKey(target) : null}
        onRemove={(link) => {
          changes.remove.clearError();
          setRemoving(link);
        }}
      />
      {links.hasMore && (
        <Inline alignInline="center">
          <Button onClick={links.loadMore} isLoading={links.loadingMore} testId="identity-map-more">
            Load more
          </Button>
        </Inline>
      )}
      {target && (
        <Box xcss={confirmStyles} padding="space.200">
          <RemoveLinkConfirm key={linkKey(target)} link={target} remove={changes.remove} onDone={() => setRemoving(null)} onCancel={() => setRemoving(null)} />
        </Box>
      )}
    </Stack>
  );
}
