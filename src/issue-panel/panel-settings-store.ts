import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { KEY } from '../storage/keys';
import { defaultPanelFields, isPanelFieldChoice, MAX_PANEL_FIELDS, PANEL_TOOLS, type PanelFieldSettings } from './panel-fields';

const choices = z
  .array(z.string().trim().refine(isPanelFieldChoice, 'Pick a listed field, or name a custom field as custom:<field name> (letters, digits, _ . -).'))
  .max(MAX_PANEL_FIELDS, `Show at most ${MAX_PANEL_FIELDS} fields per help desk.`)
  .refine((list) => new Set(list).size === list.length, 'A field is listed twice.');

/** The admin's choice, checked strictly: every tool present, every field known. */
export const panelFieldSettingsSchema = z
  .object(Object.fromEntries(PANEL_TOOLS.map((tool) => [tool, choices])) as Record<(typeof PANEL_TOOLS)[number], typeof choices>)
  .strict();

/** What the panel shows per tool: the saved choice, or the defaults before the first save. */
export async function getPanelFieldSettings(): Promise<PanelFieldSettings> {
  const stored = await kvs.get<PanelFieldSettings>(KEY.issuePanelFields);
  return { ...defaultPanelFields(), ...(stored ?? {}) };
}

export async function savePanelFieldSettings(settings: PanelFieldSettings): Promise<PanelFieldSettings> {
  await kvs.set(KEY.issuePanelFields, settings);
  return settings;
}
