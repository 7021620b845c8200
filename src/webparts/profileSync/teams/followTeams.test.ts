import { followTeams, TeamsApp, TeamsHost } from './followTeams';
import { teamsTheme } from './teamsThemes';

/** A stand-in for teams-js's `app`: a theme to report, links it opens or refuses, a theme switch to fire. */
function fakeTeamsApp(options: { theme?: string; contextFails?: boolean; linksFail?: boolean } = {}): TeamsApp & { opened: string[]; switchTheme(name: string): void } {
  let handler: ((theme: string) => void) | undefined;
  const opened: string[] = [];
  return {
    opened,
    getContext: () => (options.contextFails ? Promise.reject(new Error('No Teams context')) : Promise.resolve({ app: { theme: options.theme } })),
    openLink: (url) => {
      if (options.linksFail) return Promise.reject(new Error('Not allowed'));
      opened.push(url);
      return Promise.resolve();
    },
    registerOnThemeChangeHandler: (h) => { handler = h; },
    switchTheme: (name) => { if (handler) handler(name); }
  };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const backgroundOf = (host: TeamsHost): string => host.theme.semanticColors.bodyBackground;
const paletteWhite = (name: string): string | undefined => (teamsTheme(name).palette || {}).white;

describe('following Teams', () => {
  it('takes the theme Teams is in', async () => {
    const host = await followTeams(fakeTeamsApp({ theme: 'dark' }), jest.fn());
    expect(host.theme.isInverted).toBe(true);
    expect(backgroundOf(host)).toBe(paletteWhite('dark'));
  });

  it('switches theme when the user switches it in Teams', async () => {
    const app = fakeTeamsApp({ theme: 'default' });
    const changes: TeamsHost[] = [];
    const host = await followTeams(app, (next) => changes.push(next));
    expect(host.theme.isInverted).toBe(false);
    app.switchTheme('contrast');
    expect(changes).toHaveLength(1);
    expect(backgroundOf(changes[0])).toBe(paletteWhite('contrast'));
  });

  it('uses the default Teams theme when Teams cannot tell its context', async () => {
    const host = await followTeams(fakeTeamsApp({ contextFails: true }), jest.fn());
    expect(host.theme.isInverted).toBe(false);
    expect(host.theme.palette.themePrimary).toBe('#5b5fc7');
  });

  it('opens links through Teams, so they open in the browser and not inside the tab', async () => {
    const app = fakeTeamsApp({ theme: 'default' });
    const fallback = jest.fn();
    const host = await followTeams(app, jest.fn(), fallback);
    host.openLink('https://www.microsoft365.com/');
    await flush();
    expect(app.opened).toEqual(['https://www.microsoft365.com/']);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('opens a link in a new browser tab when Teams refuses to open it', async () => {
    const fallback = jest.fn();
    const host = await followTeams(fakeTeamsApp({ theme: 'default', linksFail: true }), jest.fn(), fallback);
    host.openLink('https://learn.microsoft.com/sharepoint/user-profile-sync');
    await flush();
    expect(fallback).toHaveBeenCalledWith('https://learn.microsoft.com/sharepoint/user-profile-sync');
  });

  it('by default falls back to a new tab without giving it access to this page', async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(null);
    const host = await followTeams(fakeTeamsApp({ linksFail: true }), jest.fn());
    host.openLink('https://www.microsoft365.com/');
    await flush();
    expect(open).toHaveBeenCalledWith('https://www.microsoft365.com/', '_blank', 'noopener');
    open.mockRestore();
  });
});
