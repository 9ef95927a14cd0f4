import type { JiraAdfDoc } from '../../../../src/sync/format/adf';
import { adfToHtml } from '../../../../src/sync/format/adf-to-html';
import { htmlToAdf } from '../../../../src/sync/format/html-to-adf';
import { adfToPlainText } from '../../../../src/sync/format/plain-text';
import { sameContent } from '../../../../src/sync/format/same-content';
import { doc, p, t } from './adf-builders';
import { expectValidAdf, htmlHazards } from './adf-validity';

/**
 * Hostile or huge bodies must neither crash a sync (stack overflow) nor eat a Forge invocation's
 * time budget: nesting is bounded, deeper content keeps its text, and the work stays linear.
 */
describe('limits', () => {
  const within = <T>(ms: number, run: () => T): T => {
    const started = Date.now();
    const result = run();
    expect(Date.now() - started).toBeLessThan(ms);
    return result;
  };

  test('100,000 nested elements: the text survives, the document is valid, in well under a Forge timeout', () => {
    const depth = 50_000; // two elements a level
    const html = `${'<div><span>'.repeat(depth)}deep${'</span></div>'.repeat(depth)}<p>after</p>`;
    const result = within(10_000, () => htmlToAdf(html));
    expectValidAdf(result);
    expect(result).toEqual(doc(p(t('deep')), p(t('after'))));
  });

  test('lists and quotes nested thousands deep are flattened past a bound Jira accepts, and stay a fixed point', () => {
    const html = `${'<ul><li>x'.repeat(3000)}${'</li></ul>'.repeat(3000)}${'<blockquote>'.repeat(3000)}q${'</blockquote>'.repeat(3000)}`;
    const result = within(10_000, () => htmlToAdf(html));
    expectValidAdf(result);
    const written = adfToHtml(result);
    expect(htmlToAdf(written)).toEqual(result);
    const text = adfToPlainText(result);
    expect(text.match(/x/g)).toHaveLength(3000);
    expect(text).toMatch(/q$/);
  });

  test('a Jira document nested 50,000 levels deep renders as safe HTML without overflowing the stack', () => {
    let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'bottom' }] };
    for (let level = 0; level < 50_000; level += 1) node = level % 2 ? { type: 'blockquote', content: [node] } : { type: 'futureNode', content: [node] };
    const deep: JiraAdfDoc = { type: 'doc', version: 1, content: [node] };
    const html = within(10_000, () => adfToHtml(deep));
    expect(htmlHazards(html)).toEqual([]);
    expect(html).toContain('bottom');
    expect(adfToPlainText(deep)).toContain('bottom');
    expect(sameContent(deep, htmlToAdf(html))).toBe(true);
  });

  test('a 1.5 MB body converts both ways in seconds', () => {
    const html = '<div>Hello <b>world</b> <a href="https://x.example/a">link</a><br>line</div>'.repeat(20_000);
    const result = within(15_000, () => htmlToAdf(html));
    expect(result.content).toHaveLength(20_000);
    expect(within(15_000, () => adfToHtml(result)).length).toBeGreaterThan(1_000_000);
  });
});
