import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { GatewayInfo } from '../../../src/gateway/gateway-types';
import { PanelField } from '../components/panel';
import { curlCreateExample, curlExample } from './gateway-format';

/**
 * Where bots call, and two calls to try: one every key may make, one that raises a request.
 * The examples carry a placeholder, never a real key.
 */
const codeBlock = { margin: 0, padding: 8, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 12, borderRadius: 3, background: 'var(--ds-background-neutral, #f4f5f7)' } as const;

export function GatewayEndpoint({ info }: { info: GatewayInfo }) {
  if (info.url === null) {
    return (
      <div data-testid="gateway-url-missing">
        <SectionMessage appearance="warning" title="The gateway URL is not available">
          <p>{info.urlProblem}</p>
        </SectionMessage>
      </div>
    );
  }
  const firstDesk = info.serviceDesks[0]?.id ?? '<service desk id>';
  return (
    <Stack space="space.150">
      <PanelField label="Gateway URL" testId="gateway-url">
        <code style={{ overflowWrap: 'anywhere' }}>{info.url}</code>
      </PanelField>
      <PanelField label="Try it" testId="gateway-try-it">
        <Stack space="space.100">
          <Text color="color.text.subtle">What a key may reach (any key):</Text>
          <pre data-testid="gateway-curl-read" style={codeBlock}>
            {curlExample(info.url)}
          </pre>
          <Text color="color.text.subtle">Raise a request for a customer (a key that may create; retries with the same Idempotency-Key raise it once):</Text>
          <pre data-testid="gateway-curl-create" style={codeBlock}>
            {curlCreateExample(info.url, firstDesk)}
          </pre>
        </Stack>
      </PanelField>
    </Stack>
  );
}
