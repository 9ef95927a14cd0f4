import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { WebhookSetupView } from '../../../src/shared/sync-links';
import { ConfirmAction } from '../components/confirm-action';
import { FormErrorMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';
import { CopyBlock } from './copy-block';

/**
 * "Generate secret" for help desks that send a secret header (Freshdesk, ServiceNow), and the
 * secret it made, shown once. When a secret is already set, it asks first: the new one replaces
 * it at once, so the help desk's deliveries are refused until the new value is pasted there.
 */

interface GenerateSecretProps {
  hasSecret: boolean;
  toolLabel: string;
  generate: Action<[], WebhookSetupView>;
  busy: boolean;
}

export function GenerateSecret({ hasSecret, toolLabel, generate, busy }: GenerateSecretProps) {
  const [confirming, setConfirming] = useState(false);

  if (confirming) {
    return (
      <ConfirmAction<null>
        subject={null}
        subjectKey="webhook-secret"
        action={{ ...generate, run: () => generate.run() }}
        space="space.150"
        title="Generate a new secret?"
        consequences={`The secret ${toolLabel} sends now stops working at once: its deliveries are refused until you paste the new secret there. The five-minute poll still catches changes meanwhile.`}
        errorTitle="No new secret was made"
        confirmLabel="Generate new secret"
        confirmAppearance="warning"
        testIds={{ box: 'webhook-generate-confirm-box', consequences: 'webhook-generate-consequences', confirm: 'webhook-generate-confirm', cancel: 'webhook-generate-cancel' }}
        onDone={() => setConfirming(false)}
        onCancel={() => setConfirming(false)}
      />
    );
  }

  return (
    <Stack space="space.100" testId="webhook-generate">
      <Inline space="space.150" alignBlock="center" shouldWrap>
        <Button
          appearance={hasSecret ? 'default' : 'primary'}
          onClick={() => (hasSecret ? setConfirming(true) : void generate.run())}
          isLoading={generate.pending}
          isDisabled={busy && !generate.pending}
          testId="webhook-generate-secret"
        >
          {hasSecret ? 'Generate a new secret' : 'Generate secret'}
        </Button>
        <Text color="color.text.subtle">
          {hasSecret
            ? 'Only if you lost the secret or it leaked: the one in use stops working.'
            : `Shown once, to paste into ${toolLabel} as a header; Deskbridge keeps only a digest.`}
        </Text>
      </Inline>
      <FormErrorMessage error={generate.error} title="No secret was made" />
    </Stack>
  );
}

/**
 * The generated secret header, shown once: Deskbridge keeps only a digest of it, so after "I have
 * pasted it" (or a reload) no one can see it again, admins included. The old secret stopped
 * working when this one was made.
 */

interface RevealedSecretProps {
  header: { name: string; value: string };
  toolLabel: string;
  onDone: () => void;
}

export function RevealedSecret({ header, toolLabel, onDone }: RevealedSecretProps) {
  return (
    <div data-testid="webhook-secret-revealed" role="alert">
      <SectionMessage appearance="warning" title={`Copy the ${header.name} header now`}>
        <Stack space="space.100">
          <p data-testid="webhook-secret-warning">
            This is the only time Deskbridge shows this secret: it keeps only a digest, so it cannot show it again. Paste it into{' '}
            {toolLabel} with the steps below; the previous secret stopped working when this one was made, so deliveries carrying it
            are refused from now on.
          </p>
          <CopyBlock label={`the ${header.name} value`} value={header.value} testId="webhook-secret-value" />
          <Inline>
            <Button appearance="primary" onClick={onDone} testId="webhook-secret-done">
              {`I have pasted it into ${toolLabel}`}
            </Button>
          </Inline>
        </Stack>
      </SectionMessage>
    </div>
  );
}
