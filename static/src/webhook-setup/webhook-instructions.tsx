import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { WebhookSetupView } from '../../../src/shared/sync-links';
import { CopyBlock } from './copy-block';
import { headerLine, isCodeStep } from './webhook-format';

/**
 * The webhook as the help desk needs it pasted, in its own words: the steps, then the method and
 * URL, each header and the body template, each in a code block with a Copy button. The secret
 * header shows its real value only in the answer that generated it; otherwise a placeholder.
 */

type Instructions = NonNullable<WebhookSetupView['instructions']>;

export function WebhookInstructions({ instructions, toolLabel }: { instructions: Instructions; toolLabel: string }) {
  return (
    <Stack space="space.150" testId="webhook-instructions">
      <Heading size="xsmall" as="h4">
        {`Set it up in ${toolLabel}`}
      </Heading>
      <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="webhook-steps">
        {instructions.steps.map((step, index) => (
          <li key={index} style={{ marginBlockEnd: 6 }}>
            {isCodeStep(step) ? <CopyBlock label={`step ${index + 1}`} value={step} testId={`webhook-step-code-${index}`} /> : <Text>{step}</Text>}
          </li>
        ))}
      </ol>
      <Part title={`${instructions.method} to`}>
        <CopyBlock label="the webhook URL" value={instructions.url} testId="webhook-instructions-url" />
      </Part>
      {instructions.headers.length > 0 && (
        <Part title={instructions.headers.length === 1 ? 'Header' : 'Headers'}>
          {instructions.headers.map((header, index) => (
            <div key={header.name} data-header-name={header.name}>
              <CopyBlock label={`the ${header.name} header`} value={headerLine(header)} testId={`webhook-header-${index}`} />
            </div>
          ))}
        </Part>
      )}
      {instructions.payloadTemplate !== '' && (
        <Part title="Body (JSON)">
          <CopyBlock label="the body template" value={instructions.payloadTemplate} testId="webhook-payload" />
        </Part>
      )}
    </Stack>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack space="space.050">
      <Text weight="medium">{title}</Text>
      {children}
    </Stack>
  );
}
