import { useId, useRef, useState, type ChangeEvent } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { FieldMessage } from '../components/form-messages';
import { readCsvFile, sizeText } from './csv-file';
import { CSV_HEADER } from './csv-parts';

/**
 * Where the CSV comes from: pasted into the text area, or a file picked and read in the browser
 * (its text then shows in the text area, so what is imported is what the admin sees).
 */

const textareaStyle = {
  width: '100%',
  boxSizing: 'border-box',
  minHeight: 120,
  padding: token('space.100', '8px'),
  fontFamily: token('font.family.code', 'monospace'),
  fontSize: 12,
  color: token('color.text', '#172B4D'),
  backgroundColor: token('color.background.input', '#FFFFFF'),
  border: `${token('border.width', '1px')} solid ${token('color.border.input', '#8590A2')}`,
  borderRadius: token('radius.small', '3px'),
  resize: 'vertical',
} as const;

interface CsvSourceProps {
  text: string;
  onText: (text: string) => void;
  /** Under the text area: why this text can't be imported (too large, empty), or undefined. */
  error: string | undefined;
  disabled: boolean;
}

export function CsvSource({ text, onText, error, disabled }: CsvSourceProps) {
  const textId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ note: string; failed: boolean } | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = ''; // picking the same file again must load it again
    if (!picked) return;
    const read = await readCsvFile(picked);
    if (!read.ok) return setFile({ note: read.message, failed: true });
    setFile({ note: `Loaded "${picked.name}" (${sizeText(picked.size)}). Check it below, then import.`, failed: false });
    onText(read.text);
  };

  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Button onClick={() => fileInput.current?.click()} isDisabled={disabled} testId="identity-csv-choose-file">
          Choose a CSV file…
        </Button>
        <input ref={fileInput} type="file" accept=".csv,text/csv,text/plain" onChange={onFile} hidden data-testid="identity-csv-file" />
        {file && (
          <span data-testid={file.failed ? 'identity-csv-file-error' : 'identity-csv-file-note'}>
            <Text size="small" color={file.failed ? 'color.text.danger' : 'color.text.subtle'}>
              {file.note}
            </Text>
          </span>
        )}
      </Inline>
      <div>
        <Label htmlFor={textId}>CSV text</Label>
        <textarea
          id={textId}
          value={text}
          onChange={(event) => onText(event.target.value)}
          disabled={disabled}
          rows={6}
          spellCheck={false}
          placeholder={CSV_HEADER}
          aria-invalid={error !== undefined}
          data-testid="identity-csv-text"
          style={{ ...textareaStyle, ...(error ? { borderColor: token('color.border.danger', '#E2483D') } : {}) }}
        />
        <FieldMessage field="csv" error={error} helper="Paste the rows here, or choose a file above (at most 1 MB)." />
      </div>
    </Stack>
  );
}
