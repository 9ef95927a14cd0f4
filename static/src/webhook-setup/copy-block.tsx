import { useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';

/**
 * Text to paste somewhere else (a URL, a header, a JSON body, a script), in a code block with a
 * Copy button. Copy uses the clipboard when the browser allows it (Jira's iframe may not), and
 * otherwise selects the text for the person to copy by hand.
 */

const blockStyles = xcss({
  backgroundColor: 'color.background.neutral',
  borderRadius: 'radius.small',
  paddingBlock: 'space.100',
  paddingInline: 'space.150',
  flexGrow: 1,
  minWidth: '0',
});

const preStyle = {
  margin: 0,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: 12,
} as const;

interface CopyBlockProps {
  /** What the value is, for the button's accessible name ("Copy the webhook URL"). */
  label: string;
  value: string;
  testId: string;
}

export function CopyBlock({ label, value, testId }: CopyBlockProps) {
  const pre = useRef<HTMLPreElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');

  const copyValue = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
    } catch {
      selectText(pre.current);
      setCopy('manual');
    }
  };

  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="start">
        <Box xcss={blockStyles}>
          <pre ref={pre} style={preStyle} data-testid={testId}>
            <code>{value}</code>
          </pre>
        </Box>
        <Button spacing="compact" onClick={() => void copyValue()} aria-label={`Copy ${label}`} testId={`${testId}-copy`}>
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </Button>
      </Inline>
      {copy === 'manual' && (
        <Text size="small" color="color.text.subtle">
          The browser did not allow copying: the text is selected, copy it with Ctrl+C (⌘C).
        </Text>
      )}
    </Stack>
  );
}

function selectText(element: HTMLElement | null): void {
  if (!element) return;
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(element);
  selection?.removeAllRanges();
  selection?.addRange(range);
}
