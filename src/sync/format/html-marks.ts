import { attr, type HtmlElement } from './html-dom';
import { safeHref } from './html-safety';
import type { MarkFlag, MarkState, MutableMarkState } from './marks';

/**
 * Which HTML says "format this text". Formatting is inherited (a `<b>` around a `<p>` makes the
 * paragraph bold), so the walker carries a {@link MarkState} down the tree and asks here how each
 * element changes it.
 */

const TAG_MARKS: Record<string, MarkFlag> = {
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
  cite: 'em',
  dfn: 'em',
  var: 'em',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
};

/**
 * Inline styles count too: pasted e-mail and Google Docs content formats with
 * `<span style="font-weight:700">` instead of `<b>`.
 */
function styleFlags(style: string): MarkFlag[] {
  const flags: MarkFlag[] = [];
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i.test(style)) flags.push('strong');
  if (/font-style\s*:\s*(italic|oblique)\b/i.test(style)) flags.push('em');
  const decoration = /text-decoration(?:-line)?\s*:([^;]*)/i.exec(style)?.[1] ?? '';
  if (/underline/i.test(decoration)) flags.push('underline');
  if (/line-through/i.test(decoration)) flags.push('strike');
  return flags;
}

/** The marks in effect inside `element`, given those in effect around it. */
export function marksWithin(element: HtmlElement, around: MarkState): MarkState {
  const style = attr(element, 'style');
  const flags = style ? styleFlags(style) : [];
  const tagFlag = TAG_MARKS[element.name];
  if (tagFlag) flags.push(tagFlag);
  const linked = element.name === 'a' && attr(element, 'href') !== undefined;
  if (flags.length === 0 && !linked) return around;
  const next: MutableMarkState = { ...around };
  for (const flag of flags) next[flag] = true;
  // A link Deskbridge refuses (javascript:, data:, relative) leaves its text plain, even inside another link.
  if (linked) next.link = safeHref(attr(element, 'href'));
  return next;
}
