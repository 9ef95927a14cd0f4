/**
 * UI Kit's modal dialog on the local site: a blanket and a dialog box over the panel, closed
 * by the app (its `onClose`, Escape or a click on the blanket), as Jira's own modal behaves.
 */
import Heading from '@atlaskit/heading';
import { Box, Inline } from '@atlaskit/primitives';
import { Fragment, useEffect } from 'react';
import { el as h } from './el';
import type { NodeRenderer } from './forge-node-view';

function Dialog({ props, children }: { props: Record<string, any>; children: unknown[] }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && props.onClose?.();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [props]);
  return h(
    'div',
    { style: { position: 'fixed', inset: 0, background: 'rgba(9,30,66,0.54)', display: 'flex', alignItems: 'flex-start', justifyContent: 'center', paddingTop: 80, zIndex: 500 }, onClick: () => props.onClose?.() },
    h(
      'div',
      {
        role: 'dialog',
        'aria-modal': true,
        'data-testid': props.testId,
        onClick: (event: { stopPropagation(): void }) => event.stopPropagation(),
        style: { background: '#fff', borderRadius: 3, width: 480, maxWidth: '90vw', boxShadow: '0 8px 16px rgba(9,30,66,0.25)' },
      },
      ...(children as []),
    ),
  );
}

export const MODAL_COMPONENTS: Record<string, NodeRenderer> = {
  ModalTransition: (_props, children) => h(Fragment, null, ...children),
  Modal: (props, children) => h(Dialog, { props, children }),
  ModalHeader: (_props, children) => h(Box, { padding: 'space.300' }, ...children),
  ModalTitle: (_props, children) => h(Heading, { size: 'medium', as: 'h1' }, ...children),
  ModalBody: (_props, children) => h(Box, { paddingInline: 'space.300' }, ...children),
  ModalFooter: (_props, children) => h(Box, { padding: 'space.300' }, h(Inline, { space: 'space.100', alignInline: 'end' }, ...children)),
};
