import { z } from 'zod';
import { importCsv as importRows, MAX_CSV_BYTES } from '../../identity/identity-map/csv-import';
import type { CsvImportResult } from '../../shared/identity';
import { defineResolver } from '../define-resolver';

/**
 * Imports manual identity links from CSV (`tool,contactId,accountId`), all rows or none; the
 * answer names the lines to fix. Note that Forge accepts at most 500 KB per invoke payload, so a
 * file near the 1 MB limit must be split by the page before it reaches this resolver.
 */
export const importCsv = defineResolver({
  key: 'identity/links/import-csv',
  payload: z
    .object({
      csv: z
        .string()
        .refine((csv) => Buffer.byteLength(csv, 'utf8') <= MAX_CSV_BYTES, 'The file is larger than 1 MB; split it and import the parts one after another.'),
    })
    .strict(),
  access: { action: 'site.administer' },
  handle: ({ csv }): Promise<CsvImportResult> => importRows(csv),
});
