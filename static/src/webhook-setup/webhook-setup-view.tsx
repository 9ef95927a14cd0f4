import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { IntegrationView } from '../../../src/shared/integrations';
import { TOOL_LABELS } from '../access/page-access';
import { AsyncView } from '../components/async-view';
import { FormErrorMessage } from '../components/form-messages';
import { CopyBlock } from './copy-block';
import { GenerateSecret, RevealedSecret } from './generate-secret';
import { SigningSecretForm } from './signing-secret-form';
import { useWebhookSetup } from './use-webhook-setup';
import { revealedSecret, webhookOffers, webhookStatus } from './webhook-format';
import { WebhookInstructions } from './webhook-instructions';

/**
 * How the help desk tells Deskbridge about ticket changes, for one integration (the Webhook
 * action of a row): the URL, whether Deskbridge registered the webhook itself (Zendesk) or it
 * must be pasted, the secret (generated and shown once, or the vendor's pasted in), and the exact
 * steps, headers and body to paste. Only those who may change the integration get here.
 */
export function WebhookSetupView({ integration }: { integration: IntegrationView }) {
  const toolLabel = TOOL_LABELS[integration.tool];
  const webhook = useWebhookSetup(integration.id, toolLabel);

  return (
    <AsyncView state={webhook.setup.state} label="Loading the webhook setup">
      {(view) => {
        const status = webhookStatus(integration.tool, view);
        const offers = webhookOffers(integration.tool, view);
        const secret = revealedSecret(webhook.revealed);
        const instructions = (secret && webhook.revealed?.instructions) || view.instructions;
        return (
          <Stack space="space.200" testId="webhook-setup">
            <div data-testid="webhook-status" data-state={status.state} data-registered={String(view.registered)} data-has-secret={String(view.hasSecret)}>
              <SectionMessage appearance={status.appearance} title={status.title}>
                <p>{status.text}</p>
              </SectionMessage>
            </div>
            <Stack space="space.050">
              <Text weight="medium">Webhook URL (this integration's own)</Text>
              <CopyBlock label="the webhook URL" value={view.url} testId="webhook-url" />
            </Stack>
            {offers.setUp && (
              <Stack space="space.100">
                <Inline space="space.150" alignBlock="center" shouldWrap>
                  <Button appearance="primary" onClick={() => void webhook.setUp.run()} isLoading={webhook.setUp.pending} isDisabled={webhook.busy && !webhook.setUp.pending} testId="webhook-set-up">
                    {`Set up in ${toolLabel}`}
                  </Button>
                  <Text color="color.text.subtle">Creates the webhook and its two triggers with the connection's API token; Deskbridge keeps the signing secret.</Text>
                </Inline>
                <FormErrorMessage error={webhook.setUp.error} title={`Not set up in ${toolLabel}`} />
              </Stack>
            )}
            {offers.generateSecret && <GenerateSecret hasSecret={view.hasSecret} toolLabel={toolLabel} generate={webhook.generate} busy={webhook.busy} />}
            {secret && <RevealedSecret header={secret} toolLabel={toolLabel} onDone={webhook.forgetRevealed} />}
            {offers.signingSecret && (
              <SigningSecretForm label={offers.signingSecret.label} helper={offers.signingSecret.helper} hasSecret={view.hasSecret} save={webhook.signingSecret} busy={webhook.busy} />
            )}
            {instructions && <WebhookInstructions instructions={instructions} toolLabel={toolLabel} />}
          </Stack>
        );
      }}
    </AsyncView>
  );
}
