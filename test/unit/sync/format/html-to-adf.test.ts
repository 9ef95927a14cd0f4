import { htmlToAdf } from '../../../../src/sync/format/html-to-adf';
import { br, code, codeBlock, doc, em, fromHtml, h, li, link, ol, p, quote, rule, strike, strong, t, ul, underline } from './adf-builders';

describe('htmlToAdf: each construct', () => {
  test('empty or blank input is a document without content (valid, and accepted by Jira)', () => {
    expect(fromHtml('')).toEqual(doc());
    expect(fromHtml('  \n\t ')).toEqual(doc());
    expect(fromHtml('<div></div><p> </p>')).toEqual(doc());
    expect(htmlToAdf(undefined as unknown as string)).toEqual(doc());
  });

  test('paragraphs, line breaks and blank lines as a browser shows them', () => {
    expect(fromHtml('<p>One</p><p>Two</p>')).toEqual(doc(p(t('One')), p(t('Two'))));
    expect(fromHtml('<p>a<br>b</p>')).toEqual(doc(p(t('a'), br, t('b'))));
    // A break that ends a block draws nothing; two draw one blank line; a lone one is an empty line.
    expect(fromHtml('<p>a<br></p>')).toEqual(doc(p(t('a'))));
    expect(fromHtml('<p>a<br><br></p>')).toEqual(doc(p(t('a'), br)));
    expect(fromHtml('<p>a</p><p><br></p><p>b</p>')).toEqual(doc(p(t('a')), p(), p(t('b'))));
  });

  test('whitespace collapses like in a browser, across formatting, but not inside <pre>', () => {
    expect(fromHtml('<p>\n   Hello    <b> big </b>\n  world  </p>')).toEqual(doc(p(t('Hello '), t('big ', strong), t('world'))));
    expect(fromHtml('<div>\n  <p>a</p>\n  <p>b</p>\n</div>')).toEqual(doc(p(t('a')), p(t('b'))));
    expect(fromHtml('<p>a \n<br>\n b</p>')).toEqual(doc(p(t('a'), br, t('b'))));
    expect(fromHtml('<p>no&nbsp;&nbsp;break</p>')).toEqual(doc(p(t('no\u00a0\u00a0break'))));
    expect(fromHtml('<pre>  keep\n\n   this  </pre>')).toEqual(doc(codeBlock('  keep\n\n   this  ')));
  });

  test('headings h1 to h6', () => {
    expect(fromHtml('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6><i>F</i></h6>')).toEqual(
      doc(h(1, t('A')), h(2, t('B')), h(3, t('C')), h(4, t('D')), h(5, t('E')), h(6, t('F', em))),
    );
  });

  test('bold, italic, underline, strike and inline code, nested, in schema order', () => {
    expect(fromHtml('<p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><s>s</s><strike>k</strike><del>d</del><code>c</code></p>')).toEqual(
      doc(p(t('bs', strong), t('ie', em), t('u', underline), t('skd', strike), t('c', code))),
    );
    expect(fromHtml('<p><u><i><b>all</b></i></u></p>')).toEqual(doc(p(t('all', em, strong, underline))));
    expect(fromHtml('<p><span style="font-weight: 700">b</span><span style="font-style:italic;text-decoration:underline line-through">x</span></p>')).toEqual(
      doc(p(t('b', strong), t('x', em, strike, underline))),
    );
    // ADF combines code only with a link: the code keeps its words, the bold around it is dropped.
    expect(fromHtml('<p><b>run <code>npm ci</code></b></p>')).toEqual(doc(p(t('run ', strong), t('npm ci', code))));
  });

  test('code blocks keep every character and their language', () => {
    expect(fromHtml('<pre><code class="language-python">def f():\n    return 1 &lt; 2\n</code></pre>')).toEqual(
      doc(codeBlock('def f():\n    return 1 < 2\n', 'python')),
    );
    expect(fromHtml('<pre class="lang-sql">SELECT 1;</pre>')).toEqual(doc(codeBlock('SELECT 1;', 'sql')));
    // HTML drops the newline right after <pre>, and keeps <br> as a line.
    expect(fromHtml('<pre>\nline 1<br>line <b>2</b></pre>')).toEqual(doc(codeBlock('line 1\nline 2')));
    expect(fromHtml('<pre></pre>')).toEqual(doc(codeBlock('')));
  });

  test('lists: bullets, numbers with their start, nesting, several blocks in an item', () => {
    expect(fromHtml('<ul><li>a</li><li>b<ol start="3"><li>c</li></ol></li></ul>')).toEqual(
      doc(ul(li(p(t('a'))), li(p(t('b')), ol(3, li(p(t('c'))))))),
    );
    expect(fromHtml('<ol><li><p>one</p><p>more</p></li><li></li></ol>')).toEqual(doc(ol(1, li(p(t('one')), p(t('more'))), li(p()))));
    expect(fromHtml('<ol start="0"><li>zero</li></ol>')).toEqual(doc(ol(0, li(p(t('zero'))))));
    // Editors that put a list straight into a list mean "under the previous item"; stray text is an item.
    expect(fromHtml('<ul><li>a</li><ul><li>b</li></ul>stray</ul>')).toEqual(doc(ul(li(p(t('a')), ul(li(p(t('b'))))), li(p(t('stray'))))));
    expect(fromHtml('<ul>\n  <li>a</li>\n</ul>')).toEqual(doc(ul(li(p(t('a'))))));
  });

  test('quotes keep what ADF allows in them; a heading or quote inside becomes plain paragraphs', () => {
    expect(fromHtml('<blockquote>said <b>this</b></blockquote>')).toEqual(doc(quote(p(t('said '), t('this', strong)))));
    expect(fromHtml('<blockquote><h2>Title</h2><blockquote><p>inner</p></blockquote><ul><li>x</li></ul></blockquote>')).toEqual(
      doc(quote(p(t('Title')), p(t('inner')), ul(li(p(t('x')))))),
    );
    expect(fromHtml('<blockquote> </blockquote>')).toEqual(doc());
  });

  test('links: http, https and mailto are kept; any other scheme leaves plain text', () => {
    expect(fromHtml('<p><a href="https://ex.com/a?b=1&amp;c=2">web</a> <a href="mailto:help@ex.com">mail</a> <a href="http://ex.com">old</a></p>')).toEqual(
      doc(p(t('web', link('https://ex.com/a?b=1&c=2')), t(' '), t('mail', link('mailto:help@ex.com')), t(' '), t('old', link('http://ex.com')))),
    );
    expect(fromHtml('<p><a href="/relative">r</a><a href="ftp://x">f</a><a href="data:text/html,x">d</a><a name="top">n</a></p>')).toEqual(doc(p(t('rfdn'))));
    expect(fromHtml('<p><a href="https://ex.com"><b>bold</b> link</a></p>')).toEqual(doc(p(t('bold', link('https://ex.com'), strong), t(' link', link('https://ex.com')))));
  });

  test('rules; where ADF has no rule (a list item) it is left out', () => {
    expect(fromHtml('<p>a</p><hr><p>b</p>')).toEqual(doc(p(t('a')), rule, p(t('b'))));
    expect(fromHtml('<ul><li>a<hr>b</li></ul>')).toEqual(doc(ul(li(p(t('a')), p(t('b'))))));
  });

  test('div and span are unwrapped; unknown tags keep their text; entities are decoded', () => {
    expect(fromHtml('<div><div><span>deep</span></div>text<div>more</div></div>')).toEqual(doc(p(t('deep')), p(t('text')), p(t('more'))));
    expect(fromHtml('<p>Thanks<o:p></o:p> <font color="red">Sam</font> <custom-tag>!</custom-tag></p>')).toEqual(doc(p(t('Thanks Sam !'))));
    expect(fromHtml('<p>&amp; &lt;tag&gt; &quot;q&quot; &#39;s&#39; &copy; &euro;&#x1F600; caf&eacute;</p>')).toEqual(doc(p(t('& <tag> "q" \'s\' © €😀 café'))));
  });

  test('images become their description, linked to a web source (attachments are not synced)', () => {
    expect(fromHtml('<p><img src="https://cdn.ex.com/s.png" alt="screenshot"> and <img src="cid:123"></p>')).toEqual(
      doc(p(t('[image: screenshot]', link('https://cdn.ex.com/s.png')), t(' and [image]'))),
    );
    expect(fromHtml('<a href="https://ex.com/page"><img src="https://cdn.ex.com/logo.png" alt="logo"></a>')).toEqual(
      doc(p(t('[image: logo]', link('https://ex.com/page')))),
    );
  });
});

describe('htmlToAdf: what browsers do not show is not copied', () => {
  test('scripts, styles, comments, hidden text, embedded objects', () => {
    const html =
      '<style>p{color:red}</style><p>Hi<script>alert(1)</script><!-- note --></p><div style="display:none">preheader</div>' +
      '<p hidden>x</p><iframe src="https://ex.com"></iframe><object data="x"></object><template><p>t</p></template><p>there</p>';
    expect(fromHtml(html)).toEqual(doc(p(t('Hi')), p(t('there'))));
  });
});
