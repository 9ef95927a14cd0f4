import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { splitFormErrors } from '../api/field-errors';
import { FormErrorMessage, SuccessMessage } from '../components/form-messages';
import type { Action } from '../hooks/use-action';
import { csvTextProblem } from './csv-file';
import { refusalText, type CsvImportOutcome } from './csv-import-run';
import { CSV_HEADER } from './csv-parts';
import { CsvSource } from './csv-source';
import { formatCount, LINK_TOOLS } from './identity-format';

/**
 * "Import from CSV": many manual mappings at once, e.g. exported from the help desk's contact
 * list and a Jira user export. The server checks every row (and every accountId with Jira)
 * before it writes any: the whole file is imported, or nothing and the lines to fix.
 */

const exampleStyles = xcss({ backgroundColor: 'color.background.neutral', borderRadius: 'radius.small' });

interface CsvImportProps {
  importCsv: Action<[string], CsvImportOutcome>;
  /** Another change is running in the panel. */
  busy: boolean;
}

export function CsvImport({ importCsv, busy }: CsvImportProps) {
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<CsvImportOutcome | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // A new key empties the source after a success or Clear, including its note on the file loaded.
  const [sourceKey, setSourceKey] = useState(0);
  const errors = importCsv.error ? splitFormErrors(importCsv.error, ['csv'] as const) : { fields: {} as { csv?: string } };

  const onText = (next: string) => {
    setText(next);
    setProblem(undefined);
  };

  const clear = () => {
    onText('');
    setOutcome(null);
    setSourceKey((key) => key + 1);
  };

  const submit = async () => {
    setOutcome(null);
    const before = csvTextProblem(text);
    setProblem(before);
    if (before) return;
    const result = await importCsv.run(text);
    if (!result) return;
    setOutcome(result);
    if (!result.errors) {
      setText('');
      setSourceKey((key) => key + 1);
    }
  };

  return (
    <Stack space="space.150" testId="identity-csv-import">
      <Heading size="small" as="h3">
        Import from CSV
      </Heading>
      <p>One mapping per line, after the header line <code>{CSV_HEADER}</code>:</p>
      <ul style={{ margin: 0 }}>
        <li>
          <code>tool</code>: {LINK_TOOLS.map((tool, index) => (
            <span key={tool}>
              {index === 0 ? '' : index === LINK_TOOLS.length - 1 ? ' or ' : ', '}
              <code>{tool}</code>
            </span>
          ))}
        </li>
        <li>
          <code>contactId</code>: the contact's or agent's id in that help desk
        </li>
        <li>
          <code>accountId</code>: the Jira account of the same person (an active person or JSM customer)
        </li>
      </ul>
      <p>
        Every line is checked before anything is saved: if any line has a problem, nothing is imported and the lines to fix
        are listed. A contact that is already mapped takes the mapping in the file. At most 5,000 lines and 1 MB.
      </p>
      <Box xcss={exampleStyles} padding="space.100" testId="identity-csv-example">
        <Text size="small">
          <code style={{ whiteSpace: 'pre' }}>{`${CSV_HEADER}\nfreshdesk,1001,5b10a2844c20165700ede21a\nzendesk,389204,5b10ac8d82e05b22cc7d4ef5`}</code>
        </Text>
      </Box>
      <CsvSource key={sourceKey} text={text} onText={onText} error={problem ?? errors.fields.csv} disabled={importCsv.pending} />
      <FormErrorMessage error={errors.form} title="The file was not imported" />
      {outcome && <CsvImportResult outcome={outcome} />}
      <Inline space="space.100">
        <Button appearance="primary" onClick={submit} isLoading={importCsv.pending} isDisabled={busy && !importCsv.pending} testId="identity-csv-submit">
          Import
        </Button>
        <Button appearance="subtle" onClick={clear} isDisabled={importCsv.pending || text === ''} testId="identity-csv-clear">
          Clear
        </Button>
      </Inline>
    </Stack>
  );
}

/**
 * How an import ended: the count imported, or the lines to fix (as the server wrote them, in the
 * file's own line numbers) and that nothing was imported.
 */
export function CsvImportResult({ outcome }: { outcome: CsvImportOutcome }) {
  if (!outcome.errors) {
    const mappings = `${formatCount(outcome.imported)} ${outcome.imported === 1 ? 'mapping' : 'mappings'}`;
    return <SuccessMessage testId="identity-csv-success">{`Imported ${mappings}. The table above shows them.`}</SuccessMessage>;
  }
  return (
    <div data-testid="csv-errors" role="alert" data-imported={outcome.imported}>
      <SectionMessage appearance="error" title={outcome.refusedPart ? 'Part of the file was not imported' : 'Nothing was imported'}>
        <p data-testid="csv-errors-summary">{refusalText(outcome)}</p>
        <ul style={{ maxHeight: 240, overflowY: 'auto' }}>
          {outcome.errors.map(({ line, reason }, index) => (
            <li key={`${line}-${index}`} data-testid="csv-error" data-line={line}>
              <strong>Line {formatCount(line)}:</strong> {reason}
            </li>
          ))}
        </ul>
      </SectionMessage>
    </div>
  );
}
