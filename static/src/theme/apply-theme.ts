import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

/**
 * Applies Atlassian design tokens (colour, spacing, typography) so the pages look like the Jira
 * around them. Jira may pass its colour mode in the module context; without it Deskbridge follows
 * Jira's default, light. Theme CSS is bundled (lazy chunks), never fetched from a CDN.
 */

type ColorMode = 'light' | 'dark' | 'auto';

const COLOR_MODES: readonly string[] = ['light', 'dark', 'auto'] satisfies ColorMode[];

export const colorModeOf = (theme: { colorMode?: string } | null | undefined): ColorMode => {
  const requested = theme?.colorMode;
  return requested !== undefined && COLOR_MODES.includes(requested) ? (requested as ColorMode) : 'light';
};

/**
 * Resolves once the theme CSS is in the page. A theme that fails to load leaves the token
 * fallbacks in place, which are Atlassian's light values: the page still renders, so the failure
 * is logged and not shown to the user.
 */
export async function applyTheme(theme: { colorMode?: string } | null | undefined): Promise<void> {
  try {
    await setGlobalTheme({
      colorMode: colorModeOf(theme),
      light: 'light',
      dark: 'dark',
      spacing: 'spacing',
      typography: 'typography',
    });
  } catch (error) {
    console.warn('Deskbridge: design tokens could not be applied', error instanceof Error ? error.name : typeof error);
  }
}
