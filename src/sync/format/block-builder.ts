import { paragraph, type AdfBlock } from './adf';
import { InlineRun } from './inline-run';

/** Where blocks are being collected; each place admits different blocks in ADF. */
export type BlockContext = 'doc' | 'listItem' | 'blockquote' | 'tableCell';

type Optional = 'heading' | 'rule' | 'blockquote' | 'table';

/**
 * What ADF admits besides paragraphs, lists and code blocks, per place (Atlassian's schema):
 * a list item or quote holds no heading, rule, quote or table; a table cell holds no table.
 * HTML has no such limits, so the walker asks before creating one of these and otherwise keeps
 * the content in a simpler form (a heading's words as a paragraph, a quote's blocks in place, a
 * table's cells as paragraphs). Jira would reject the document otherwise.
 */
const ADMITS: Record<BlockContext, ReadonlySet<Optional>> = {
  doc: new Set(['heading', 'rule', 'blockquote', 'table']),
  tableCell: new Set(['heading', 'rule', 'blockquote']),
  listItem: new Set(),
  blockquote: new Set(),
};

/**
 * How deeply lists, quotes and tables may nest. Deeper structure is flattened into paragraphs:
 * no real ticket needs more, and a bound keeps hostile input from exhausting the stack and the
 * output from growing past what Jira accepts. It is counted in ADF levels, so converting the
 * output again meets the same limit at the same place and changes nothing.
 */
const MAX_NESTING = 16;

/**
 * Collects the blocks of one container (the document, a list item, a quote, a table cell),
 * turning the inline content between blocks into paragraphs.
 */
export class BlockBuilder {
  readonly run = new InlineRun();
  private readonly blocks: AdfBlock[] = [];

  constructor(
    readonly context: BlockContext,
    readonly depth: number,
  ) {}

  admits(kind: Optional): boolean {
    return ADMITS[this.context].has(kind);
  }

  /** Whether a list, quote or table may open here, or must be flattened. */
  get canNest(): boolean {
    return this.depth < MAX_NESTING;
  }

  /** A builder for a container nested in this one. */
  nested(context: BlockContext): BlockBuilder {
    return new BlockBuilder(context, this.depth + 1);
  }

  /** A builder with this one's rules, for content converted apart and then added here (a heading's). */
  alongside(): BlockBuilder {
    return new BlockBuilder(this.context, this.depth);
  }

  /** Ends the current paragraph: a block boundary (`<p>`, `<div>`, `<li>`...) was reached. */
  flush(): void {
    const content = this.run.take();
    if (content) this.blocks.push(paragraph(content));
  }

  add(block: AdfBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  /** The collected blocks; the builder is not used afterwards. */
  finish(): AdfBlock[] {
    this.flush();
    return this.blocks;
  }
}
