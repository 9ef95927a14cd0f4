import { adfToHtml } from '../../../../src/sync/format/adf-to-html';
import { plainTextToAdf } from '../../../../src/sync/format/plain-text';
import { br, doc, em, fromHtml, h, li, link, ol, p, quote, strong, t, ul } from './adf-builders';
import { expectValidAdf } from './adf-validity';

/** Bodies shaped like what each vendor's API returns (see test/fixtures and the vendors' docs). */
describe('help-desk bodies as the vendors send them', () => {
  test('Freshdesk: everything in <div>s, blank lines as <div><br></div>, quoted e-mail in a blockquote', () => {
    expect(fromHtml('<div>The printer on the <b>third floor</b> is smoking again.<br>Please send someone.</div>')).toEqual(
      doc(p(t('The printer on the '), t('third floor', strong), t(' is smoking again.'), br, t('Please send someone.'))),
    );
    const reply =
      '<div style="font-family:-apple-system, BlinkMacSystemFont, sans-serif; font-size:14px"><div dir="ltr">Hi Casey,</div>' +
      '<div dir="ltr"><br></div><div dir="ltr">A technician is on the way.&nbsp;</div><div><br></div>' +
      '<div class="freshdesk_quote"><blockquote class="freshdesk_quote">On Mon, Casey wrote:<br><div>It is smoking.</div></blockquote></div></div>';
    expect(fromHtml(reply)).toEqual(
      doc(
        p(t('Hi Casey,')),
        p(),
        p(t('A technician is on the way.\u00a0')),
        p(),
        quote(p(t('On Mon, Casey wrote:')), p(t('It is smoking.'))),
      ),
    );
  });

  test('Zendesk: <p> paragraphs in a zd-comment wrapper, lists with source indentation', () => {
    const body =
      '<div class="zd-comment" dir="auto"><p dir="auto">My order <b>#4411</b> arrived damaged.</p>\n' +
      '<p dir="auto">Details:</p>\n<ul dir="auto">\n<li dir="auto">Box crushed</li>\n<li dir="auto">Screen <i>cracked</i></li>\n</ul></div>';
    expect(fromHtml(body)).toEqual(
      doc(p(t('My order '), t('#4411', strong), t(' arrived damaged.')), p(t('Details:')), ul(li(p(t('Box crushed'))), li(p(t('Screen '), t('cracked', em))))),
    );
    const fixtureBody =
      '<h2>An Unordered HTML List</h2>\n<ul>\n<li>Coffee</li>\n<li>Tea</li>\n</ul>\n<h2>An Ordered HTML List</h2>\n<ol>\n<li>Coffee</li>\n</ol>';
    expect(fromHtml(fixtureBody)).toEqual(
      doc(h(2, t('An Unordered HTML List')), ul(li(p(t('Coffee'))), li(p(t('Tea')))), h(2, t('An Ordered HTML List')), ol(1, li(p(t('Coffee'))))),
    );
  });

  test('Intercom: <p> parts, links with target/rel, uploaded images in a container div', () => {
    const part =
      '<p class="no-margin">Hi there 👋</p><p class="no-margin">See <a href="https://help.acme.example/articles/12" target="_blank" rel="nofollow noopener noreferrer">this article</a>.</p>' +
      '<div class="intercom-container"><img src="https://downloads.intercomcdn.com/i/o/1/abc/screenshot.png"></div>';
    expect(fromHtml(part)).toEqual(
      doc(
        p(t('Hi there 👋')),
        p(t('See '), t('this article', link('https://help.acme.example/articles/12')), t('.')),
        p(t('[image]', link('https://downloads.intercomcdn.com/i/o/1/abc/screenshot.png'))),
      ),
    );
  });

  test('ServiceNow: plain text with \\n; lines stay lines, blank lines separate paragraphs, < is a character', () => {
    const description = 'Since this morning the VPN client fails with error 809.\nI have restarted the laptop twice.';
    const converted = plainTextToAdf(description);
    expectValidAdf(converted);
    expect(converted).toEqual(doc(p(t('Since this morning the VPN client fails with error 809.'), br, t('I have restarted the laptop twice.'))));
    expect(plainTextToAdf('Steps:\r\n1 < 2 & <b>not bold</b>\r\n\r\n\r\nThanks,\r\n  Sam  ')).toEqual(
      doc(p(t('Steps:'), br, t('1 < 2 & <b>not bold</b>')), p(t('Thanks,'), br, t('Sam'))),
    );
    expect(plainTextToAdf('')).toEqual(doc());
    expect(adfToHtml(converted)).toBe('<p>Since this morning the VPN client fails with error 809.<br>I have restarted the laptop twice.</p>');
  });
});
