/**
 * Renders the UI Kit issue panel the way Jira does, without Jira: @forge/react's reconciler
 * sends its whole tree through the host bridge (`__bridge.callBridge('reconcile', { forgeDoc })`
 * after each commit), and @forge/bridge sends `getContext` and `invoke` through the same bridge.
 * This installs a bridge that captures the tree and answers those calls, so a test can assert on
 * the tree Jira would draw and call its handlers (onClick, onChange) as Jira would.
 */
import { createElement } from 'react';

/** A node of the tree UI Kit sends: a component type, its props (handlers included) and children. */
export interface ForgeNode {
  type: string;
  props: Record<string, any>;
  children: ForgeNode[];
}

export type InvokeHandler = (functionKey: string, payload: Record<string, unknown>) => Promise<unknown>;

interface BridgeState {
  context: unknown;
  invoke: InvokeHandler;
  root?: ForgeNode;
  /** The root of the latest render: trees of earlier renders in the same file are ignored. */
  owner?: ForgeNode;
  errors: unknown[];
}

const state: BridgeState = { context: undefined, invoke: async () => undefined, errors: [] };

/** Installs the host bridge once per test file, before @forge/bridge (which looks for it on load) is required. */
function installBridge() {
  const globals = globalThis as Record<string, unknown>;
  globals.self ??= globalThis;
  globals.__bridge ??= {
    callBridge: async (command: string, payload: any) => {
      switch (command) {
        case 'reconcile':
          state.owner ??= payload.forgeDoc;
          if (payload.forgeDoc === state.owner) state.root = payload.forgeDoc;
          return undefined;
        case 'getContext':
          return state.context;
        case 'invoke':
          return state.invoke(payload.functionKey, payload.payload ?? {});
        case 'onError':
          state.errors.push(payload.error);
          return undefined;
        default:
          return undefined;
      }
    },
  };
}

/** The issue panel's module context, as Jira gives it. */
export const panelContext = (issue: { id: string; key: string }, project = { id: '10001', key: 'ENG', type: 'software' }) => ({
  accountId: 'test-user',
  moduleKey: 'deskbridge-issue-panel',
  extension: { type: 'jira:issuePanel', issue: { ...issue, type: 'Task' }, project },
});

/** Renders the panel for `context`, answering its resolver calls with `invoke`. */
export function renderIssuePanel(context: unknown, invoke: InvokeHandler) {
  installBridge();
  state.context = context;
  state.invoke = invoke;
  state.root = undefined;
  state.owner = undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ForgeReconciler = require('@forge/react').default;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { IssuePanelApp } = require('../../src/issue-panel/frontend/issue-panel-app');
  ForgeReconciler.render(createElement(IssuePanelApp));
  return panelHandle();
}

function panelHandle() {
  const tree = (): ForgeNode => {
    if (!state.root) throw new Error('The panel has not rendered yet');
    return state.root;
  };
  return {
    tree,
    errors: state.errors,
    find: (testId: string) => findAll(tree(), (node) => node.props.testId === testId)[0],
    findAll: (predicate: (node: ForgeNode) => boolean) => findAll(tree(), predicate),
    /** Waits until `testId` is in the tree (the panel loads and reloads asynchronously). */
    waitFor: async (testId: string, timeoutMs = 10_000): Promise<ForgeNode> => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = state.root && findAll(state.root, (node) => node.props.testId === testId)[0];
        if (found) return found;
        if (Date.now() > until) throw new Error(`${testId} did not appear; the panel shows: ${state.root ? textOf(state.root) : '(nothing)'}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

export function findAll(node: ForgeNode, predicate: (node: ForgeNode) => boolean): ForgeNode[] {
  return [...(predicate(node) ? [node] : []), ...node.children.flatMap((child) => findAll(child, predicate))];
}

/** The text a node shows (its String descendants), as a person reads it. */
export function textOf(node: ForgeNode): string {
  if (node.type === 'String') return String(node.props.text);
  return node.children.map(textOf).join(node.type === 'Stack' || node.type === 'Inline' ? ' ' : '');
}

/** The types of a node and its descendants, depth first: what Jira will draw. */
export const typesOf = (node: ForgeNode): string[] => [node.type, ...node.children.flatMap(typesOf)];

/** An onChange event as Jira serialises it for UI Kit. */
export const changeEvent = (value: string) => ({ target: { value }, type: 'change', bubbles: true, cancelable: false, defaultPrevented: false, eventPhase: 2, isTrusted: true, timeStamp: Date.now() });
