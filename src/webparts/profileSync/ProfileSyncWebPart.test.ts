/**
 * @jest-environment ./jest/spfx/jsdomWithFetch.js
 */
// The web part class as SharePoint runs it: the SPFx base class is a stand-in that follows SPFx's
// lifecycle (jest/spfx), the sources are the real ones, and behind them the fake tenant answers.
import { createTheme } from '@fluentui/react/lib/Styling';
import { DisplayMode } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { FakeTeamsApp, loadWebPart, LoadedWebPart, PageOptions } from '../../../jest/spfx/webPartHost';
import { teamsTheme } from './teams';
import ProfileSyncWebPart from './ProfileSyncWebPart';
import type { IProfileSyncWebPartProps } from './webPartSettings';

// jsdom decodes no images: the canvas decoder's work is done with jimp (JPEG and PNG to RGBA).
// The wiring loads the decoder's own file (pixels/lazyPhotoDecoder.ts).
jest.mock('../../pixels/CanvasPhotoDecoder', () => ({
  CanvasPhotoDecoder: jest.requireActual('../../../jest/spfx/jimpPhotoDecoder').JimpPhotoDecoder
}));

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { useTestTenant } = require('../../../tenant/testTenant');

jest.setTimeout(30000);
const tenant = useTestTenant();
const loaded: LoadedWebPart[] = [];
/** Web parts a test disposed itself: nothing of theirs is left to settle. */
const disposed = new Set<LoadedWebPart>();

// SPFx renders with ReactDom.render outside act(), as a page does; React's reminder about act() is noise here.
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('not wrapped in act(')) consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

/** Waits until no check is under way, so none outlives its test (and the test environment). */
async function settled(webPart: LoadedWebPart): Promise<void> {
  if (disposed.has(webPart)) return;
  for (let i = 0; i < 400; i++) {
    const root = webPart.domElement.querySelector('[data-profile-sync]');
    if (root && root.getAttribute('aria-busy') !== 'true' && root.getAttribute('data-status') !== 'loading') return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

afterEach(async () => {
  const webParts = loaded.splice(0);
  await Promise.all(webParts.map(settled));
  webParts.filter((webPart) => !disposed.has(webPart)).forEach((webPart) => webPart.dispose());
  disposed.clear();
  document.body.innerHTML = '';
  window.localStorage.clear();
});

/** A page of the persona's own site, as SharePoint would render it for that person. */
function pageOf(persona: string, overrides: Partial<PageOptions> = {}): PageOptions {
  const urls = tenant.persona(persona);
  return {
    siteUrl: urls.sp,
    msGraphEndpointUrl: urls.graph,
    user: { loginName: `i:0#.f|membership|${persona}@contoso.com`, email: `${persona}@contoso.com` },
    ...overrides
  };
}

function settings(overrides: Partial<IProfileSyncWebPartProps> = {}): IProfileSyncWebPartProps {
  return { title: 'Your profile', showOnlyWhenDifferent: false, editProfileUrl: '', photoHelpUrl: '', propertyHelpUrl: '', ...overrides };
}

async function load(persona: string, overrides: Partial<PageOptions> = {}, properties = settings()): Promise<LoadedWebPart> {
  const webPart = await loadWebPart(ProfileSyncWebPart, properties, pageOf(persona, overrides));
  loaded.push(webPart);
  const dispose = webPart.dispose;
  webPart.dispose = () => {
    disposed.add(webPart);
    dispose();
  };
  return webPart;
}

const rootOf = (webPart: LoadedWebPart): HTMLElement | null => webPart.domElement.querySelector('[data-profile-sync]');

/** Waits until the page shows a verdict (not the spinner). */
async function verdictOf(webPart: LoadedWebPart): Promise<string> {
  // Up to 25 s, inside the test's 30 s: a loaded machine (CI, both cores busy) is slow, not wrong.
  for (let i = 0; i < 1000; i++) {
    const status = rootOf(webPart)?.getAttribute('data-status');
    if (status && status !== 'loading') return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`No verdict: ${webPart.domElement.textContent}`);
}

/** Waits until the details below the verdict (their own chunk) are on the page. */
async function detailsOf(webPart: LoadedWebPart): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (webPart.domElement.querySelector('[data-action="check-again"]')) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`No details: ${webPart.domElement.textContent}`);
}

const textColourOf = (webPart: LoadedWebPart): string => getComputedStyle(rootOf(webPart) as HTMLElement).color;
const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

describe('the Profile sync web part on a SharePoint page', () => {
  it('shows the signed-in person what differs between their two profiles', async () => {
    const webPart = await load('property-drift');
    expect(await verdictOf(webPart)).toBe('out-of-sync');
    // The findings are in the details, a chunk of their own that may land after the verdict.
    await detailsOf(webPart);
    const differing = Array.from(webPart.domElement.querySelectorAll('[data-finding="property-differs"]')).map((item) => item.getAttribute('data-field'));
    expect(differing).toEqual(expect.arrayContaining(['jobTitle', 'department', 'officeLocation']));
    expect(webPart.domElement.textContent).toContain('Your profile');
  });

  it('says the profiles match for someone whose profiles match', async () => {
    expect(await verdictOf(await load('in-sync'))).toBe('in-sync');
  });

  it('asks Microsoft Graph where the page says it is, with a token for that Graph (national clouds)', async () => {
    const webPart = await load('property-drift');
    await verdictOf(webPart);
    expect(webPart.tokenResources).toEqual([tenant.persona('property-drift').graph]);
    const graphRequests = (await tenant.requests('property-drift')).filter((r: { service?: string; path?: string; url?: string }) => /graph/i.test(JSON.stringify(r)));
    expect(graphRequests.length).toBeGreaterThan(0);
  });

  it('asks the worldwide Graph when the page names none', async () => {
    const webPart = await load('in-sync', { msGraphEndpointUrl: undefined });
    // The stand-in never reaches the real Graph: the page says it could not reach Microsoft 365.
    expect(await verdictOf(webPart)).toBe('error');
    expect(webPart.tokenResources).toEqual(['https://graph.microsoft.com']);
    expect(webPart.domElement.querySelector('[data-failure="graph"]')).not.toBeNull();
  });

  it('still shows a verdict where the browser refuses storage to the page', async () => {
    const storage = Object.getOwnPropertyDescriptor(window, 'localStorage') as PropertyDescriptor;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
    try {
      expect(await verdictOf(await load('property-drift'))).toBe('out-of-sync');
    } finally {
      Object.defineProperty(window, 'localStorage', storage);
    }
  });

  it('takes the section\'s theme, and the new one when the section changes, without asking again', async () => {
    const neutral = createTheme({ semanticColors: { bodyText: '#201f1e' } });
    const strong = createTheme({ isInverted: true, semanticColors: { bodyText: '#fefefe' } });
    const webPart = await load('in-sync', { theme: neutral });
    await verdictOf(webPart);
    expect(textColourOf(webPart)).toBe(rgb('#201f1e'));
    const asked = (await tenant.requests('in-sync')).length;

    webPart.changeTheme(strong);
    expect(textColourOf(webPart)).toBe(rgb('#fefefe'));
    expect(await verdictOf(webPart)).toBe('in-sync');
    expect((await tenant.requests('in-sync')).length).toBe(asked);
  });

  it('shows nothing and throws nothing when the theme changes before it has started', async () => {
    // SPFx calls onThemeChanged before onInit, and renders after a theme event whenever it comes.
    const webPart = await load('in-sync', { theme: createTheme({}) });
    expect(() => webPart.changeTheme(createTheme({ isInverted: true }))).not.toThrow();
  });

  it('compares only the properties the site owner keeps, from the next render on', async () => {
    const webPart = await load('property-drift');
    await verdictOf(webPart);
    webPart.changeProperty('compare_jobTitle', false);
    await verdictOf(webPart);
    // The details follow the verdict once it has been painted: wait for the table of the new render.
    const settled = (): boolean => !webPart.domElement.querySelector('[data-property="jobTitle"]') && !!webPart.domElement.querySelector('[data-property="department"]');
    for (let i = 0; i < 200 && !settled(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(webPart.domElement.querySelector('[data-property="jobTitle"]')).toBeNull();
    expect(webPart.domElement.querySelector('[data-property="department"]')).not.toBeNull();
  });

  it('shows a site owner\'s preview only once the page is in edit mode', async () => {
    const webPart = await load('in-sync', {}, settings({ preview: 'photo-differs' }));
    await verdictOf(webPart);
    expect(webPart.domElement.querySelector('[data-preview]')).toBeNull();
    await webPart.setDisplayMode(DisplayMode.Edit);
    for (let i = 0; i < 200 && !webPart.domElement.querySelector('[data-preview]'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(webPart.domElement.querySelector('[data-preview]')).not.toBeNull();
  });

  it('leaves nothing on the page once disposed', async () => {
    const webPart = await load('in-sync');
    await verdictOf(webPart);
    webPart.dispose();
    expect(webPart.domElement.innerHTML).toBe('');
  });
});

/** teams-js's `app` as a Teams tab has it: a theme to tell, links it opens, a theme switch to fire. */
function teamsApp(theme: string): FakeTeamsApp & { opened: string[]; switchTheme(name: string): void } {
  let onTheme: ((name: string) => void) | undefined;
  const opened: string[] = [];
  return {
    opened,
    getContext: () => Promise.resolve({ app: { theme } }),
    openLink: (url) => { opened.push(url); return Promise.resolve(); },
    registerOnThemeChangeHandler: (handler) => { onTheme = handler; },
    switchTheme: (name) => { if (onTheme) onTheme(name); }
  };
}

const teamsText = (name: string): string => createTheme(teamsTheme(name)).semanticColors.bodyText;

describe('the Profile sync web part in a Teams tab', () => {
  it('takes Teams\' theme rather than the SharePoint section\'s, and follows a switch in Teams', async () => {
    const app = teamsApp('dark');
    const webPart = await load('in-sync', { teamsApp: app, theme: createTheme({ semanticColors: { bodyText: '#123456' } }) });
    await verdictOf(webPart);
    expect(textColourOf(webPart)).toBe(rgb(teamsText('dark')));

    app.switchTheme('contrast');
    expect(textColourOf(webPart)).toBe(rgb(teamsText('contrast')));
    // A SharePoint section theme arriving later does not undo Teams' theme.
    webPart.changeTheme(createTheme({ semanticColors: { bodyText: '#123456' } }));
    expect(textColourOf(webPart)).toBe(rgb(teamsText('contrast')));
  });

  it('ignores a Teams theme switch once disposed', async () => {
    const app = teamsApp('default');
    const webPart = await load('in-sync', { teamsApp: app });
    await verdictOf(webPart);
    webPart.dispose();
    expect(() => app.switchTheme('dark')).not.toThrow();
    expect(webPart.domElement.innerHTML).toBe('');
  });
});

/** The fields of one group, by target property. */
function groupFields(pane: IPropertyPaneConfiguration, index: number): Array<{ targetProperty: string; properties: Record<string, unknown> }> {
  return pane.pages[0].groups[index] && 'groupFields' in pane.pages[0].groups[index]
    ? (pane.pages[0].groups[index] as unknown as { groupFields: Array<{ targetProperty: string; properties: Record<string, unknown> }> }).groupFields
    : [];
}

describe('the Profile sync property pane', () => {
  it('offers display, properties, preview and links, in that order', async () => {
    const webPart = await load('in-sync', { displayMode: DisplayMode.Edit });
    const pane = webPart.propertyPane();
    const names = pane.pages[0].groups.map((group) => (group as { groupName?: string }).groupName);
    expect(names).toEqual(['Display', 'Details to compare', 'Preview', 'Links']);
    expect(groupFields(pane, 1).map((field) => field.targetProperty)).toContain('compare_jobTitle');
  });

  it('accepts only https links, and an empty one (our default)', async () => {
    const webPart = await load('in-sync', { displayMode: DisplayMode.Edit });
    const links = groupFields(webPart.propertyPane(), 3);
    expect(links.map((field) => field.targetProperty)).toEqual(['editProfileUrl', 'photoHelpUrl', 'propertyHelpUrl']);
    const validate = links[0].properties.onGetErrorMessage as (value: string) => string;
    expect(validate('http://intranet.contoso.com/profile')).not.toBe('');
    expect(validate('javascript:alert(1)')).not.toBe('');
    expect(validate('https://contoso.sharepoint.com/sites/hr/profile')).toBe('');
    expect(validate('')).toBe('');
  });
});
