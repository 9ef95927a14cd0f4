import { MARK_ORDER, type AdfMark } from './adf';

/**
 * The formatting in effect on a piece of text, shared by both directions of the converter.
 *
 * A set, not a list: `<b><strong>x</strong></b>` is bold once, and a mark written twice in a Jira
 * document counts once. Turning the set into ADF marks ({@link toAdfMarks}) always yields the same
 * marks in the same order ({@link MARK_ORDER}), which is what lets two conversions of the same
 * content compare equal, whichever side they started from.
 */
export type MarkState = Readonly<{
  em: boolean;
  strong: boolean;
  strike: boolean;
  underline: boolean;
  code: boolean;
  /** The href of the link around the text, when it is one Deskbridge lets through. */
  link?: string;
}>;

export type MutableMarkState = { -readonly [K in keyof MarkState]: MarkState[K] };

/** The marks that are switched on or off (all but the link). */
export type MarkFlag = Exclude<keyof MarkState, 'link'>;

export const NO_MARKS: MarkState = { em: false, strong: false, strike: false, underline: false, code: false };

/**
 * The ADF marks for a piece of text. ADF combines inline code only with a link, so code wins
 * over the other formatting: the words stay, the bold around them does not.
 */
export function toAdfMarks(state: MarkState): AdfMark[] {
  const marks: AdfMark[] = [];
  for (const type of MARK_ORDER) {
    if (type === 'link') {
      if (state.link !== undefined) marks.push({ type: 'link', attrs: { href: state.link } });
    } else if (state[type] && (type === 'code' || !state.code)) {
      marks.push({ type });
    }
  }
  return marks;
}
