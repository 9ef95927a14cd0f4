import type { ReactNode } from 'react';
import PageHeader from '@atlaskit/page-header';
import { Box, Stack, xcss } from '@atlaskit/primitives';

/**
 * The frame every Deskbridge page shares: Jira's page header and a content column with the
 * spacing Jira uses for app pages, so the pages sit inside Jira without looking bolted on.
 */

const frameStyles = xcss({
  maxWidth: '960px',
});

interface PageFrameProps {
  /** Stable test id of the page, e.g. `page-admin`. */
  testId: string;
  title: string;
  /** One short line under the title saying what the page is for. */
  description?: ReactNode;
  children: ReactNode;
}

export function PageFrame({ testId, title, description, children }: PageFrameProps) {
  return (
    <Box as="main" paddingInline="space.400" paddingBlockEnd="space.400" testId={testId}>
      <Box xcss={frameStyles}>
        <PageHeader testId="page-title">{title}</PageHeader>
        <Stack space="space.300">
          {description !== undefined && (
            <Box as="p" testId="page-description">
              {description}
            </Box>
          )}
          {children}
        </Stack>
      </Box>
    </Box>
  );
}
