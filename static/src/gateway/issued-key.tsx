import { useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import type { IssuedKey } from '../../../src/gateway/gateway-types';

/**
 * The new key, shown once: Deskbridge keeps only a hash of it, so after Done (or a reload) no one
 * can see it again, admins included. Copy uses the clipboard when the browser allows it, and
 * otherwise selects the key for the person to copy by hand.
 */
interface IssuedKeyMessageProps {
  issued: IssuedKey;
  rotated: boolean;
  onDone: () => void;
}

export function IssuedKeyMessage({ issued, rotated, onDone }: IssuedKeyMessageProps) {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(issued.token);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('manual');
    }
  };

  return (
    <div data-testid="issued-key" data-key-id={issued.key.id} role="alert">
      <SectionMessage appearance="warning" title={`Copy the ${rotated ? 'new ' : ''}key for "${issued.key.name}" now`}>
        <Stack space="space.100">
          <p data-testid="issued-key-warning">
            This is the only time Deskbridge shows it: it keeps only a hash, so it cannot show it again. Store it in your
            bot's secret settings.{rotated ? ' The old key stopped working when this one was made.' : ''}
          </p>
          <Inline space="space.100" alignBlock="center">
            <div style={{ width: 560 }}>
              <Textfield ref={input} value={issued.token} isReadOnly isCompact aria-label="New gateway key" testId="issued-key-value" onFocus={() => input.current?.select()} />
            </div>
            <Button onClick={() => void copyKey()} testId="issued-key-copy">
              {copy === 'copied' ? 'Copied' : 'Copy'}
            </Button>
          </Inline>
          {copy === 'manual' && <Text color="color.text.subtle">The browser did not allow copying: the key is selected, copy it with Ctrl+C (⌘C).</Text>}
          <Inline>
            <Button appearance="primary" onClick={onDone} testId="issued-key-done">
              I have stored the key
            </Button>
          </Inline>
        </Stack>
      </SectionMessage>
    </div>
  );
}
