import { paragraph, type AdfCellAttrs, type AdfTableCell, type AdfTableRow } from './adf';
import type { BlockBuilder } from './block-builder';
import { attr, isElement, textOf, type HtmlElement, type HtmlNode } from './html-dom';
import { marksWithin } from './html-marks';
import type { MarkState } from './marks';
import type { Walk } from './html-walk';

/**
 * HTML tables: kept as ADF tables when they hold data, flattened into paragraphs when they are
 * page layout.
 *
 * The choice: a table is layout when it says so (`role="presentation"`/`"none"`) or contains
 * another table, which is how HTML e-mails (a large share of help-desk tickets) lay out their
 * header, body and signature. As a Jira table such a ticket is unreadable; as paragraphs it reads
 * like the e-mail. A data table (an order list, a comparison) stays a table, its cells' blocks
 * kept, with colspan/rowspan. ADF allows tables only at the top level of a document, so a table
 * in a list item, quote or cell is flattened too. Content a browser would move out of the table
 * (text between rows) goes before it, as browsers show it.
 */
export function addTable(element: HtmlElement, marks: MarkState, into: BlockBuilder, htmlDepth: number, walk: Walk): void {
  into.flush();
  if (!into.admits('table') || !into.canNest || isLayout(element)) {
    walk(element.children, marks, into, htmlDepth);
    into.flush();
    return;
  }
  const rows: AdfTableRow[] = [];
  let loose: AdfTableCell[] = []; // cells with no `<tr>` around them form a row of their own
  const endLoose = () => {
    if (loose.length > 0) rows.push({ type: 'tableRow', content: loose });
    loose = [];
  };
  const visit = (nodes: readonly HtmlNode[], within: MarkState, depth: number): void => {
    for (const node of nodes) {
      if (!isElement(node)) {
        if (isVisibleText(node)) walk([node], within, into, depth);
      } else if (SECTIONS.has(node.name) && depth < htmlDepth + 4) {
        endLoose();
        visit(node.children, marksWithin(node, within), depth + 1);
      } else if (node.name === 'tr') {
        endLoose();
        const cells = rowCells(node, marksWithin(node, within), into, depth + 1, walk);
        if (cells.length > 0) rows.push({ type: 'tableRow', content: cells });
      } else if (node.name === 'td' || node.name === 'th') {
        loose.push(cellOf(node, within, into, depth, walk));
      } else if (node.name !== 'colgroup' && node.name !== 'col') {
        walk([node], within, into, depth); // caption, stray content: shown before the table
      }
    }
  };
  visit(element.children, marks, htmlDepth);
  endLoose();
  if (rows.length > 0) into.add({ type: 'table', content: rows });
}

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

const isVisibleText = (node: HtmlNode): boolean => /[^\t\n\f\r ]/.test(textOf(node) ?? '');

function rowCells(row: HtmlElement, marks: MarkState, into: BlockBuilder, htmlDepth: number, walk: Walk): AdfTableCell[] {
  const cells: AdfTableCell[] = [];
  for (const node of row.children) {
    if (isElement(node) && (node.name === 'td' || node.name === 'th')) cells.push(cellOf(node, marks, into, htmlDepth, walk));
    else if (isElement(node) || isVisibleText(node)) walk([node], marks, into, htmlDepth);
  }
  return cells;
}

/** ADF requires at least one block in a cell, so an empty cell holds an empty paragraph. */
function cellOf(cell: HtmlElement, marks: MarkState, into: BlockBuilder, htmlDepth: number, walk: Walk): AdfTableCell {
  const builder = into.nested('tableCell');
  walk(cell.children, marksWithin(cell, marks), builder, htmlDepth + 1);
  const blocks = builder.finish();
  const content = blocks.length > 0 ? blocks : [paragraph([])];
  const type = cell.name === 'th' ? 'tableHeader' : 'tableCell';
  const attrs = spansOf(cell);
  return attrs ? { type, attrs, content } : { type, content };
}

/** Spans beyond 1, within the limits browsers apply (colspan ≤ 1000, rowspan ≤ 65534). */
function spansOf(cell: HtmlElement): AdfCellAttrs | undefined {
  const span = (name: string, max: number) => {
    const raw = (attr(cell, name) ?? '').trim();
    const value = /^\d{1,5}$/.test(raw) ? Math.min(Number(raw), max) : 1;
    return value > 1 ? value : undefined;
  };
  const colspan = span('colspan', 1000);
  const rowspan = span('rowspan', 65534);
  if (colspan === undefined && rowspan === undefined) return undefined;
  return { ...(colspan !== undefined && { colspan }), ...(rowspan !== undefined && { rowspan }) };
}

function isLayout(table: HtmlElement): boolean {
  const role = (attr(table, 'role') ?? '').trim().toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  const stack: HtmlNode[] = [...table.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'table') return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}
