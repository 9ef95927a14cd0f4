import { useState } from 'react';
import type { WebhookSetupView } from '../../../src/shared/sync-links';
import { getWebhookSetup, notifySuccess, regenerateWebhookSecret, setUpWebhook, setWebhookSigningSecret } from '../api/deskbridge-client';
import { useAction, type Action } from '../hooks/use-action';
import { useResource, type Resource } from '../hooks/use-resource';

/**
 * The Webhook view's data: the setup as the server describes it (never with a secret), and the
 * three changes. A generated secret lives only here, in `revealed`, for as long as the view is
 * open and the person has not said they stored it: the server keeps only its digest, so a reload
 * (or `sync-webhook/get`) can never show it again.
 */
export interface WebhookSetupState {
  setup: Resource<WebhookSetupView>;
  /** The answer of the last "Generate secret", with the header's real value. */
  revealed: WebhookSetupView | null;
  forgetRevealed: () => void;
  generate: Action<[], WebhookSetupView>;
  setUp: Action<[], WebhookSetupView>;
  signingSecret: Action<[string], WebhookSetupView>;
  busy: boolean;
}

export function useWebhookSetup(integrationId: string, toolLabel: string): WebhookSetupState {
  const setup = useResource(() => getWebhookSetup(integrationId), [integrationId]);
  const [revealed, setRevealed] = useState<WebhookSetupView | null>(null);

  const generate = useAction(async () => {
    const answer = await regenerateWebhookSecret(integrationId);
    setRevealed(answer);
    notifySuccess('New webhook secret', `Paste it into ${toolLabel} now: the previous secret no longer works.`);
    await setup.reload();
    return answer;
  });

  const setUp = useAction(async () => {
    const answer = await setUpWebhook(integrationId);
    notifySuccess(`Webhook set up in ${toolLabel}`, `${toolLabel} now tells Deskbridge about every ticket change.`);
    await setup.reload();
    return answer;
  });

  const signingSecret = useAction(async (secret: string) => {
    const answer = await setWebhookSigningSecret(integrationId, secret);
    notifySuccess('Signing secret saved', `Deskbridge now accepts ${toolLabel} notifications signed with it.`);
    await setup.reload();
    return answer;
  });

  return {
    setup,
    revealed,
    forgetRevealed: () => setRevealed(null),
    generate,
    setUp,
    signingSecret,
    busy: generate.pending || setUp.pending || signingSecret.pending,
  };
}
