/**
 * Draws a UI Kit tree (what @forge/react's reconciler sends Jira) with Atlaskit, the way Jira
 * draws it: each UI Kit component type maps to the Atlaskit component it stands for, with the
 * same props (space tokens, appearances, testId → data-testid). Types the panel does not use
 * are drawn as a labelled box, so a new component shows up rather than vanishing.
 */
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Anchor, Box, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Fragment, type ReactNode } from 'react';
import { el as h } from './el';
import { FORM_COMPONENTS } from './form-components';
import { MODAL_COMPONENTS } from './modal-components';

export interface ForgeDoc {
  type: string;
  key?: string;
  props: Record<string, any>;
  children: ForgeDoc[];
}

export type NodeRenderer = (props: Record<string, any>, children: ReactNode[], node: ForgeDoc) => ReactNode;

const pick = (props: Record<string, any>, names: string[]) => Object.fromEntries(names.filter((name) => props[name] !== undefined).map((name) => [name, props[name]]));

const BASIC: Record<string, NodeRenderer> = {
  Root: (_props, children) => h(Fragment, null, ...children),
  Stack: (props, children) => h(Stack, pick(props, ['space', 'alignInline', 'alignBlock', 'grow', 'spread', 'testId']), ...children),
  Inline: (props, children) => h(Inline, pick(props, ['space', 'alignInline', 'alignBlock', 'grow', 'spread', 'shouldWrap', 'rowSpace', 'testId']), ...children),
  Box: (props, children) => h(Box, pick(props, ['padding', 'backgroundColor', 'testId']), ...children),
  Text: (props, children) => h(Text, { as: 'p', ...pick(props, ['size', 'weight', 'color', 'align', 'maxLines', 'testId']) }, ...children),
  Heading: (props, children) => h(Heading, { size: props.size ?? 'medium', ...pick(props, ['as', 'testId']) }, ...children),
  Link: (props, children) => h(Anchor, { href: props.href, ...(props.openNewTab ? { target: '_blank' } : {}) }, ...children),
  Lozenge: (props, children) => h(Lozenge, pick(props, ['appearance', 'isBold', 'maxWidth', 'testId']), ...children),
  Button: (props, children) =>
    h(Button, { ...pick(props, ['appearance', 'isDisabled', 'isSelected', 'spacing', 'testId', 'shouldFitContainer']), onClick: () => props.onClick?.() }, ...children),
  Image: (props) => h('img', { src: props.src, alt: props.alt ?? '', width: props.width, height: props.height, style: { display: 'block' } }),
  Spinner: (props) => h(Spinner, pick(props, ['size', 'label', 'testId'])),
  SectionMessage: (props, children) => h(SectionMessage, pick(props, ['appearance', 'title', 'testId']), h(Stack, { space: 'space.100' }, ...children)),
};

const RENDERERS: Record<string, NodeRenderer> = { ...BASIC, ...FORM_COMPONENTS, ...MODAL_COMPONENTS };

export function renderForgeNode(node: ForgeDoc): ReactNode {
  if (node.type === 'String') return String(node.props.text ?? '');
  const children = node.children.map((child, index) => h(Fragment, { key: child.key ?? index }, renderForgeNode(child)));
  const render = RENDERERS[node.type];
  if (render) return render(node.props, children, node);
  return h('div', { 'data-forge-type': node.type, style: { outline: '1px dashed #c9372c', padding: 4 } }, `[${node.type}]`, ...children);
}
