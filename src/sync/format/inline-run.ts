import { sameMarks, type AdfInline, type AdfMark, type AdfText } from './adf';
import { cleanText } from './html-safety';

type Item = { kind: 'text'; text: string; marks: AdfMark[] } | { kind: 'break' };

/**
 * The inline content of one paragraph-to-be, laid out the way a browser lays out
 * `white-space: normal` text.
 *
 * Why browser rules and not "keep every character": the same ticket text arrives indented,
 * re-wrapped and with `&nbsp;` padding depending on the vendor's editor, and sync must see it as
 * the same text every time. So runs of whitespace collapse to one space (across formatting
 * boundaries), spaces at the start and end of a line disappear, and one `<br>` that ends a block
 * is dropped because browsers do not render it either. A no-break space is not whitespace here,
 * exactly as in a browser. The result is canonical: laying out its own output changes nothing.
 */
export class InlineRun {
  private items: Item[] = [];

  addText(text: string, marks: AdfMark[]): void {
    if (text) this.items.push({ kind: 'text', text: cleanText(text), marks });
  }

  addBreak(): void {
    this.items.push({ kind: 'break' });
  }

  /**
   * Empties the run and returns its content, or undefined when a reader would see nothing
   * (only collapsible whitespace). A run holding only a line break gives an empty paragraph:
   * that is how editors write a blank line (`<p><br></p>`, Freshdesk's `<div><br></div>`).
   */
  take(): AdfInline[] | undefined {
    const items = this.items;
    this.items = [];
    return layOut(items);
  }
}

function layOut(items: Item[]): AdfInline[] | undefined {
  const out: AdfInline[] = [];
  let hadBreak = false;
  let skipSpace = true; // at the start of a line, or right after a space
  for (const item of items) {
    if (item.kind === 'break') {
      trimLineEnd(out);
      out.push({ type: 'hardBreak' });
      hadBreak = true;
      skipSpace = true;
      continue;
    }
    let text = item.text.replace(/[\t\n\f\r ]+/g, ' ');
    if (skipSpace && text.startsWith(' ')) text = text.slice(1);
    if (!text) continue;
    appendText(out, text, item.marks);
    skipSpace = text.endsWith(' ');
  }
  trimLineEnd(out);
  if (out.at(-1)?.type === 'hardBreak') out.pop();
  return out.length > 0 || hadBreak ? out : undefined;
}

/** Neighbouring text with the same marks is one text node, as Jira's editor stores it. */
function appendText(out: AdfInline[], text: string, marks: AdfMark[]): void {
  const last = out.at(-1);
  if (last?.type === 'text' && sameMarks(last.marks, marks)) {
    out[out.length - 1] = textNode(last.text + text, marks);
  } else {
    out.push(textNode(text, marks));
  }
}

function trimLineEnd(out: AdfInline[]): void {
  for (let last = out.at(-1); last?.type === 'text' && last.text.endsWith(' '); last = out.at(-1)) {
    const text = last.text.slice(0, -1);
    if (text) out[out.length - 1] = textNode(text, last.marks ?? []);
    else out.pop();
  }
}

const textNode = (text: string, marks: readonly AdfMark[] = []): AdfText =>
  marks.length > 0 ? { type: 'text', text, marks: [...marks] } : { type: 'text', text };
