import ForgeReconciler from '@forge/react';
import { createElement } from 'react';
import { IssuePanelApp } from './issue-panel-app';

/**
 * Entry of the `issue-panel` resource (manifest `render: native`): UI Kit renders the app's tree
 * through Jira's bridge; Jira draws it with its own components.
 */
ForgeReconciler.render(createElement(IssuePanelApp));
