import { createElement, type FunctionComponent, type ReactElement, type ReactNode } from 'react';

/**
 * `createElement` for UI Kit components. The panel is written without JSX because the Forge
 * functions' TypeScript project (tsconfig.json, which also type-checks and tests this folder)
 * compiles no JSX; and UI Kit's prop types mark `children` as required, which JSX fills in but a
 * plain call cannot: this passes children the way JSX does, and keeps the props otherwise typed.
 */
export function ui<P extends object>(component: (props: P) => unknown, props: (Omit<P, 'children'> & { key?: string }) | null, ...children: ReactNode[]): ReactElement {
  return createElement(component as unknown as FunctionComponent<object>, props ?? {}, ...children);
}
