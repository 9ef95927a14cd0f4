import fc from 'fast-check';
import { adfToHtml } from '../../../../src/sync/format/adf-to-html';
import { htmlToAdf } from '../../../../src/sync/format/html-to-adf';
import { adfToPlainText, plainTextToAdf } from '../../../../src/sync/format/plain-text';
import { sameContent, sameHtmlContent } from '../../../../src/sync/format/same-content';
import { canonicalDoc, htmlish, messyDoc } from './adf-arbitraries';
import { adfProblems, htmlHazards } from './adf-validity';

/**
 * The invariants that keep sync from echoing its own writes: what Deskbridge writes to one side
 * and reads back is the same content, and converting a second time changes nothing.
 */

/** FC_RUNS=5000 for a deeper search than the default run. */
const RUNS = { numRuns: Number(process.env.FC_RUNS) || 400 };

describe('round trip properties', () => {
  test('ADF of the supported subset survives HTML unchanged', () => {
    fc.assert(
      fc.property(canonicalDoc, (doc) => {
        expect(adfProblems(doc)).toEqual([]);
        const html = adfToHtml(doc);
        expect(htmlToAdf(html)).toEqual(doc);
        expect(sameContent(doc, htmlToAdf(html))).toBe(true);
      }),
      RUNS,
    );
  });

  test('any HTML-ish input: no throw, valid ADF, safe HTML, and one round reaches a fixed point', () => {
    fc.assert(
      fc.property(htmlish, (input) => {
        const doc = htmlToAdf(input);
        expect(adfProblems(doc)).toEqual([]);
        const html = adfToHtml(doc);
        expect(htmlHazards(html)).toEqual([]);
        const again = htmlToAdf(html);
        expect(again).toEqual(doc);
        expect(adfToHtml(again)).toBe(html);
        expect(sameHtmlContent(input, html)).toBe(true);
      }),
      RUNS,
    );
  });

  test('any Jira document: no throw, safe HTML, and what a help desk echoes back is the same content', () => {
    fc.assert(
      fc.property(messyDoc, (doc) => {
        const html = adfToHtml(doc);
        expect(htmlHazards(html)).toEqual([]);
        const read = htmlToAdf(html);
        expect(adfProblems(read)).toEqual([]);
        expect(adfToHtml(htmlToAdf(adfToHtml(read)))).toBe(adfToHtml(read));
        expect(sameContent(doc, read)).toBe(true);
        expect(typeof adfToPlainText(doc)).toBe('string');
      }),
      RUNS,
    );
  });

  test('plain text (ServiceNow) keeps its paragraphs and lines through a round trip', () => {
    const lines = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('', '  ', '\t', '<b>x</b>', '&amp;')), { maxLength: 8 });
    fc.assert(
      fc.property(lines, fc.constantFrom('\n', '\r\n'), (parts, eol) => {
        const doc = plainTextToAdf(parts.join(eol));
        expect(adfProblems(doc)).toEqual([]);
        expect(plainTextToAdf(adfToPlainText(doc))).toEqual(doc);
        expect(htmlToAdf(adfToHtml(doc))).toEqual(doc);
      }),
      RUNS,
    );
  });
});
