import { DomHandler, ElementType, Parser, type parseDocument } from 'htmlparser2';

/**
 * Parsing help-desk HTML and sorting its elements into the few roles the converter cares about.
 *
 * htmlparser2 is forgiving the way browsers are (unclosed `<p>`/`<li>`/`<td>`, stray end tags,
 * entities with and without `;`) and never executes anything: scripts are just nodes we skip.
 * The role tables are the single place that says which tags matter; any tag not listed is kept as
 * its text, so unknown vendor markup (`<o:p>`, `<font>`, custom elements) loses no words.
 */

export type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

/**
 * How many elements may be open at once. htmlparser2 keeps its open elements in an array it
 * shifts, so each tag costs time in proportion to the nesting: 100,000 nested `<div>`s (a 1 MB
 * body) would take a minute. Beyond this depth a tag opens no element (its content joins the
 * enclosing one), which keeps parsing linear; the walker keeps only the text that deep anyway.
 */
const MAX_OPEN_ELEMENTS = 256;

/** Exposes how deep the tree being built is (its stack of open elements). */
class DepthHandler extends DomHandler {
  get depth(): number {
    return this.tagStack.length - 1;
  }
}

/** A parser that treats every tag as void (`isVoidElement`, its documented hook) once too deep. */
class BoundedParser extends Parser {
  private tooDeep = false;

  constructor(
    private readonly tree: DepthHandler,
    options: ConstructorParameters<typeof Parser>[1],
  ) {
    super(tree, options);
  }

  protected override isVoidElement(name: string): boolean {
    return this.tooDeep || super.isVoidElement(name);
  }

  override onopentagname(start: number, endIndex: number): void {
    this.tooDeep = this.tree.depth >= MAX_OPEN_ELEMENTS;
    super.onopentagname(start, endIndex);
  }

  override onopentagend(endIndex: number): void {
    super.onopentagend(endIndex);
    this.tooDeep = false;
  }

  override onselfclosingtag(endIndex: number): void {
    super.onselfclosingtag(endIndex);
    this.tooDeep = false;
  }
}

/** Parses a fragment. Entities are decoded in text and attributes; tag and attribute names lower-cased. */
export function parseHtml(html: string): HtmlNode[] {
  const options = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };
  const tree = new DepthHandler();
  new BoundedParser(tree, options).end(html);
  return tree.root.children;
}

export const isElement = (node: HtmlNode): node is HtmlElement => ElementType.isTag(node);

export const textOf = (node: HtmlNode): string | undefined => (node.type === ElementType.Text ? node.data : undefined);

/**
 * Elements whose content a reader never sees or that could carry active content: dropped with
 * everything inside. Scripts and styles are never evaluated, just not emitted.
 */
const DROPPED = new Set(
  'script style template head title meta link base iframe frame frameset object embed applet noscript noembed noframes svg math canvas audio video source track param input select datalist map area'.split(' '),
);

/** Elements that start and end a block: their inline content becomes paragraphs. */
const CONTAINERS = new Set(
  'address article aside body center dd details dialog div dl dt fieldset figcaption figure footer form header hgroup html legend li main nav p search section summary caption thead tbody tfoot tr td th'.split(' '),
);

const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export type ElementRole =
  | { kind: 'dropped' }
  | { kind: 'break' }
  | { kind: 'image' }
  | { kind: 'rule' }
  | { kind: 'pre' }
  | { kind: 'list'; ordered: boolean }
  | { kind: 'blockquote' }
  | { kind: 'table' }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 }
  | { kind: 'container' }
  | { kind: 'inline' };

/** What an element is to the converter; `inline` covers formatting, links, spans and unknown tags. */
export function roleOf(element: HtmlElement): ElementRole {
  const name = element.name;
  if (DROPPED.has(name) || isHidden(element)) return { kind: 'dropped' };
  if (name === 'br') return { kind: 'break' };
  if (name === 'img') return { kind: 'image' };
  if (name === 'hr') return { kind: 'rule' };
  if (name === 'pre' || name === 'listing' || name === 'plaintext' || name === 'xmp') return { kind: 'pre' };
  if (name === 'ul' || name === 'menu' || name === 'dir') return { kind: 'list', ordered: false };
  if (name === 'ol') return { kind: 'list', ordered: true };
  if (name === 'blockquote') return { kind: 'blockquote' };
  if (name === 'table') return { kind: 'table' };
  if (name in HEADINGS) return { kind: 'heading', level: HEADINGS[name] };
  if (CONTAINERS.has(name)) return { kind: 'container' };
  return { kind: 'inline' };
}

/**
 * Hidden the way browsers hide it. HTML e-mails put a "preheader" in `display:none` text that
 * nobody reads in the message itself; copying it into Jira would add noise.
 */
function isHidden(element: HtmlElement): boolean {
  if ('hidden' in element.attribs) return true;
  return /(^|;)\s*display\s*:\s*none\b/i.test(element.attribs.style ?? '');
}

export const attr = (element: HtmlElement, name: string): string | undefined => element.attribs[name];

export const classTokens = (element: HtmlElement): string[] => (element.attribs.class ?? '').split(/[\t\n\f\r ]+/).filter(Boolean);
