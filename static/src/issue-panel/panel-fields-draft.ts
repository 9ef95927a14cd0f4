import { CUSTOM_PREFIX, PANEL_FIELDS, type PanelFieldSettings, type PanelTool } from '../../../src/issue-panel/panel-fields';

/**
 * The admin form's view of one tool's chosen fields: the listed fields picked from a select, the
 * custom ones typed as comma-separated names. Pure, so the round trip is tested without a browser.
 */
export interface ToolFieldsDraft {
  standard: string[];
  custom: string;
}

export const standardOptions = PANEL_FIELDS.map((field) => ({ value: field.key as string, label: field.label }));

export function toDraft(choices: string[]): ToolFieldsDraft {
  return {
    standard: choices.filter((choice) => !choice.startsWith(CUSTOM_PREFIX)),
    custom: choices
      .filter((choice) => choice.startsWith(CUSTOM_PREFIX))
      .map((choice) => choice.slice(CUSTOM_PREFIX.length))
      .join(', '),
  };
}

export function fromDraft(draft: ToolFieldsDraft): string[] {
  const custom = draft.custom
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => `${CUSTOM_PREFIX}${name}`);
  return [...new Set([...draft.standard, ...custom])];
}

export const toDrafts = (settings: PanelFieldSettings) =>
  Object.fromEntries(Object.entries(settings).map(([tool, choices]) => [tool, toDraft(choices)])) as Record<PanelTool, ToolFieldsDraft>;

export const fromDrafts = (drafts: Record<PanelTool, ToolFieldsDraft>) =>
  Object.fromEntries(Object.entries(drafts).map(([tool, draft]) => [tool, fromDraft(draft)])) as PanelFieldSettings;
