import type { AdfCodeBlock } from './adf';
import { attr, classTokens, isElement, roleOf, textOf, type HtmlElement, type HtmlNode } from './html-dom';
import { cleanText } from './html-safety';

/**
 * Preformatted text: `<pre>` and `<pre><code>` become an ADF code block, character for
 * character, because in code every space and line matters (the one place whitespace is not
 * collapsed).
 */

const LANGUAGE_CLASS = /^(?:language|lang)-(.+)$/;

/**
 * The language named by the markup: `class="language-js"` (the convention of highlight.js,
 * Prism and Markdown renderers) on `<pre>` or its `<code>`, or a `data-language` attribute.
 * Only the first word is kept, which is also what reading Deskbridge's own output yields.
 */
function languageOf(pre: HtmlElement): string | undefined {
  const code = pre.children.find((child): child is HtmlElement => isElement(child) && child.name === 'code');
  for (const element of code ? [code, pre] : [pre]) {
    for (const token of classTokens(element)) {
      const match = LANGUAGE_CLASS.exec(token);
      if (match) return match[1];
    }
    const named = (attr(element, 'data-language') ?? '').trim().split(/\s+/)[0];
    if (named) return named;
  }
  return undefined;
}

export function codeBlockOf(pre: HtmlElement): AdfCodeBlock {
  let text = textContentOf(pre);
  // HTML ignores one newline right after `<pre>` (not after `<pre><code>`): so do we.
  const first = pre.children[0];
  if (first && textOf(first)?.match(/^\r?\n/)) text = text.slice(1);
  const language = languageOf(pre);
  const content = text ? [{ type: 'text' as const, text }] : [];
  return language ? { type: 'codeBlock', attrs: { language }, content } : { type: 'codeBlock', content };
}

/**
 * The text of an element with line breaks where a browser would break lines (`<br>`, block
 * boundaries), skipping what is never shown. Iterative, so arbitrarily deep markup is safe; the
 * walker also uses it for subtrees nested beyond its recursion bound.
 */
export function textContentOf(root: HtmlElement): string {
  let out = '';
  const newline = () => {
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const stack: (HtmlNode | 'end-block')[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      newline();
      continue;
    }
    const text = textOf(node);
    if (text !== undefined) out += cleanText(text);
    if (!isElement(node)) continue;
    const role = roleOf(node).kind;
    if (role === 'dropped' || role === 'image') continue;
    if (role === 'break') {
      out += '\n';
      continue;
    }
    const block = role !== 'inline';
    if (block) {
      newline();
      stack.push('end-block');
    }
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]);
  }
  return out;
}
