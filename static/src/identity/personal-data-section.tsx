import Heading from '@atlaskit/heading';
import { Box, Grid, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { IdentityStatus } from '../../../src/shared/identity';
import { PanelField } from '../components/panel';
import { DateText } from '../integrations/integration-cells';
import { cycleText, ERASED_LABELS, formatCount } from './identity-format';

/**
 * The Personal data section: Deskbridge reports every accountId it stores to Atlassian once per
 * cycle, and erases the accounts Atlassian says are closed. What erasing removed is shown as
 * totals only: whose accounts they were is exactly what is no longer kept.
 */

const erasedStyles = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.small',
  backgroundColor: 'elevation.surface.sunken',
});

type PersonalData = IdentityStatus['personalData'];

export function PersonalDataSection({ personalData }: { personalData: PersonalData }) {
  return (
    <Stack space="space.150" testId="personal-data-status">
      <Heading size="small" as="h3">
        Personal data
      </Heading>
      <p>
        Deskbridge reports every Jira accountId it stores to Atlassian once per cycle, as Atlassian requires of apps,
        and erases closed accounts everywhere it keeps them.
      </p>
      <Grid templateColumns="repeat(auto-fill, minmax(160px, 1fr))" gap="space.200">
        <PanelField label="Reporting cycle" testId="personal-data-cycle">
          <Text>{cycleText(personalData.cycleDays)}</Text>
        </PanelField>
        <PanelField label="Last report" testId="personal-data-last-report">
          <When iso={personalData.lastReportAt} otherwise="Not reported yet" />
        </PanelField>
        <PanelField label="Next report" testId="personal-data-next-report">
          <When iso={personalData.nextReportAt} otherwise="At the next daily check" />
        </PanelField>
        <PanelField label="Accounts reported" testId="personal-data-reported">
          <Text>{formatCount(personalData.reported)}</Text>
        </PanelField>
      </Grid>
      <ErasedCounts erased={personalData.erased} />
    </Stack>
  );
}

function When({ iso, otherwise }: { iso: string | undefined; otherwise: string }) {
  return iso ? <DateText iso={iso} withTime /> : <Text color="color.text.subtle">{otherwise}</Text>;
}

/** "Erased for closed accounts": one count per store, totals since installation. */
function ErasedCounts({ erased }: { erased: PersonalData['erased'] }) {
  return (
    <Box xcss={erasedStyles} padding="space.150" testId="personal-data-erased">
      <Stack space="space.100">
        <Heading size="xxsmall" as="h4">
          Erased for closed accounts
        </Heading>
        <Grid templateColumns="repeat(auto-fill, minmax(260px, 1fr))" columnGap="space.300" rowGap="space.050">
          {ERASED_LABELS.map(({ key, label }) => (
            <Inline key={key} spread="space-between" alignBlock="baseline" space="space.100">
              <Text color="color.text.subtle">{label}</Text>
              <span data-testid={`erased-${key}`} data-count={erased[key]}>
                <Text weight="bold">{formatCount(erased[key])}</Text>
              </span>
            </Inline>
          ))}
        </Grid>
      </Stack>
    </Box>
  );
}
