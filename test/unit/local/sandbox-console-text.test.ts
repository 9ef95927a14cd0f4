/**
 * The console's text handling at its edges: what a person types reaches Jira as ADF and
 * Freshdesk as escaped HTML, what comes back is shown as text, markup from the sandboxes is
 * always escaped, and vendor refusals turn into one readable line.
 */
import { adfToText, textToAdf } from '../../../local/site/sandbox-console/adf-text';
import { toHtml } from '../../../local/site/sandbox-console/freshdesk-client';
import { escapeHtml, html, Html } from '../../../local/site/sandbox-console/html';
import { freshdeskProblem, jiraProblem } from '../../../local/site/sandbox-console/sandbox-call';

test('plain text becomes ADF paragraphs with hard breaks, and reads back the same', () => {
  const doc = textToAdf('First line\nsecond line\n\nNew paragraph');
  expect(doc).toEqual({
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'First line' }, { type: 'hardBreak' }, { type: 'text', text: 'second line' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'New paragraph' }] },
    ],
  });
  expect(adfToText(doc)).toBe('First line\nsecond line\nNew paragraph');
});

test('ADF from elsewhere reads as text: mentions, lists, and junk without throwing', () => {
  const doc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Hi ' }, { type: 'mention', attrs: { id: '1', text: '@Alana' } }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
    ],
  };
  expect(adfToText(doc)).toBe('Hi @Alana\none');
  expect(adfToText(null)).toBe('');
  expect(adfToText('plain')).toBe('');
});

test('Freshdesk bodies are escaped HTML, one paragraph per block', () => {
  expect(toHtml('a < b & "c"\nd\n\ne')).toBe('<p>a &lt; b &amp; &quot;c&quot;<br>d</p><p>e</p>');
});

test('the html template escapes values and keeps markup it built', () => {
  const inner = html`<b>${'<i>'}</b>`;
  expect(html`<p title="${`"x'`}">${inner}${['<a>', inner]}${undefined}${false}</p>`.toString()).toBe(
    '<p title="&quot;x&#39;"><b>&lt;i&gt;</b>&lt;a&gt;<b>&lt;i&gt;</b></p>',
  );
  expect(escapeHtml(null)).toBe('');
  expect(new Html('<br>').toString()).toBe('<br>');
});

test("vendor refusals read as one line in the vendor's words", () => {
  expect(
    freshdeskProblem({ description: 'Validation failed', errors: [{ field: 'email', message: "It should be in the 'valid email address' format", code: 'invalid_value' }] }),
  ).toBe("Validation failed; email: It should be in the 'valid email address' format");
  expect(freshdeskProblem({ code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' })).toBe('You have to be logged in to perform this action.');
  expect(jiraProblem({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} })).toBe(
    'Issue does not exist or you do not have permission to see it.',
  );
  expect(jiraProblem({ errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } })).toBe('summary: You must specify a summary of the issue.');
  expect(jiraProblem('<html>')).toBeUndefined();
});
