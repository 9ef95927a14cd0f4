import { createElement, type ReactElement, type ReactNode } from 'react';

/**
 * `createElement` without prop types: the renderer draws whatever props a UI Kit tree carries,
 * so it checks them at run time (by component) rather than at compile time. (This folder is
 * type-checked by the Forge functions' project, which compiles no JSX.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const el = (type: any, props: Record<string, any> | null, ...children: ReactNode[]): ReactElement => createElement(type, props, ...children);
