import type { ITheme } from '@fluentui/react/lib/Styling';
import { teamsTheme } from './teamsThemes';

/** The part of teams-js's `app` the web part uses (SPFx hands it over as `sdks.microsoftTeams.teamsJs.app`). */
export interface TeamsApp {
  getContext(): Promise<{ app: { theme?: string } }>;
  openLink(url: string): Promise<void>;
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
}

/** How the web part looks and opens links inside a Teams tab. */
export interface TeamsHost {
  theme: ITheme;
  /** Through Teams (in the browser, not inside the tab); a new browser tab when Teams refuses. */
  openLink(url: string): void;
}

function openInNewTab(url: string): void {
  window.open(url, '_blank', 'noopener');
}

type CreateTheme = typeof import('@fluentui/theme/lib/createTheme').createTheme;

function hostFor(createTheme: CreateTheme, app: TeamsApp, themeName: string | undefined, fallback: (url: string) => void): TeamsHost {
  return {
    theme: createTheme(teamsTheme(themeName)),
    openLink: (url) => { app.openLink(url).catch(() => fallback(url)); }
  };
}

/**
 * Follows the Teams host: its theme now, and again whenever the user switches theme in Teams
 * (`onChange`, so the web part can render again). When Teams cannot tell its context, the default theme.
 */
export async function followTeams(app: TeamsApp, onChange: (host: TeamsHost) => void, fallback: (url: string) => void = openInNewTab): Promise<TeamsHost> {
  // Fluent's theme code comes with the view's chunk, which Teams needs at once anyway: outside Teams
  // the first bundle does without it.
  const [{ createTheme }, context] = await Promise.all([
    import(/* webpackChunkName: 'profile-sync-view' */ '@fluentui/theme/lib/createTheme'),
    app.getContext().then((value) => value, () => undefined)
  ]);
  if (!context) return hostFor(createTheme, app, 'default', fallback);
  app.registerOnThemeChangeHandler((name) => onChange(hostFor(createTheme, app, name, fallback)));
  return hostFor(createTheme, app, context.app.theme, fallback);
}
