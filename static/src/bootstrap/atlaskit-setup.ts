import { setBooleanFeatureFlagResolver } from '@atlaskit/platform-feature-flags';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

/**
 * What Jira's own frontend provides to Atlaskit and a Forge iframe must provide itself, so the
 * components look and behave inside Deskbridge as they do in the Jira around it.
 */

/**
 * Atlaskit components consult Atlassian platform feature flags. Inside Jira's frontend Jira
 * answers them; inside a Forge iframe nobody does, so Atlaskit falls back to a Statsig client
 * that is never initialised: a console warning on every page, and a dependency on Atlassian's
 * flag service that an app must not have. Every flag answers "off": each component's released,
 * documented behaviour, the same in Jira and on the local site.
 */
export function turnOffAtlaskitFeatureFlags(): void {
  setBooleanFeatureFlagResolver(() => false);
}

type ColorMode = 'light' | 'dark' | 'auto';

const COLOR_MODES: readonly string[] = ['light', 'dark', 'auto'] satisfies ColorMode[];

/** Jira may pass its colour mode in the module context; without it, Jira's default: light. */
export const colorModeOf = (theme: { colorMode?: string } | null | undefined): ColorMode => {
  const requested = theme?.colorMode;
  return requested !== undefined && COLOR_MODES.includes(requested) ? (requested as ColorMode) : 'light';
};

/**
 * Applies Atlassian design tokens (colour, spacing, typography). Theme CSS is bundled as lazy
 * chunks, never fetched from a CDN. Resolves once the CSS is in the page. A theme that fails to
 * load leaves the tokens' built-in fallbacks (Atlassian's light values): the page still renders,
 * so the failure is logged for the developer and not shown to the user.
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
