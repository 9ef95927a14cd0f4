import { z } from 'zod';
import type { PanelFieldSettings } from '../../issue-panel/panel-fields';
import { getPanelFieldSettings, panelFieldSettingsSchema, savePanelFieldSettings } from '../../issue-panel/panel-settings-store';
import { defineResolver } from '../define-resolver';

/** Which ticket fields the issue panel shows, per help desk: the admin page's "Issue panel" section (Jira admins only). */
export const getPanelFields = defineResolver({
  key: 'issue-panel/fields/get',
  payload: z.object({}).strict(),
  access: { action: 'site.administer' },
  handle: (): Promise<PanelFieldSettings> => getPanelFieldSettings(),
});

export const savePanelFields = defineResolver({
  key: 'issue-panel/fields/save',
  payload: z.object({ fields: panelFieldSettingsSchema }).strict(),
  access: { action: 'site.administer' },
  handle: ({ fields }): Promise<PanelFieldSettings> => savePanelFieldSettings(fields),
});
