/**
 * The Forge module context the pages need, read from `view.getContext()`.
 * Jira decides which module renders the app; the page is picked by `extension.type`.
 */

export const PAGE_MODULES = ['jira:adminPage', 'jira:projectSettingsPage', 'jira:globalPage'] as const;
export type PageModule = (typeof PAGE_MODULES)[number];

export interface ProjectRef {
  id: string;
  key: string;
  type: string;
}

export interface ModuleContext {
  accountId: string;
  cloudId: string;
  siteUrl: string;
  moduleKey: string;
  localId: string;
  extension: { type: string; project?: ProjectRef };
  locale: string;
  timezone: string;
  /** Present when Jira shares its theme with the app; only `colorMode` is used. */
  theme?: { colorMode?: string } | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export const isPageModule = (type: string): type is PageModule => (PAGE_MODULES as readonly string[]).includes(type);

function readProject(value: unknown): ProjectRef | undefined {
  if (!isRecord(value) || typeof value.key !== 'string' || value.key === '') return undefined;
  return { id: text(value.id), key: value.key, type: text(value.type) };
}

/**
 * Keeps only the fields Deskbridge uses, with their types checked, so a surprising host answer
 * becomes "unknown page" rather than a crash deep inside a component.
 */
export function readModuleContext(raw: unknown): ModuleContext {
  const context = isRecord(raw) ? raw : {};
  const extension = isRecord(context.extension) ? context.extension : {};
  const theme = isRecord(context.theme) ? { colorMode: text(context.theme.colorMode) || undefined } : null;
  return {
    accountId: text(context.accountId),
    cloudId: text(context.cloudId),
    siteUrl: text(context.siteUrl),
    moduleKey: text(context.moduleKey),
    localId: text(context.localId),
    extension: { type: text(extension.type), project: readProject(extension.project) },
    locale: text(context.locale),
    timezone: text(context.timezone),
    theme,
  };
}
