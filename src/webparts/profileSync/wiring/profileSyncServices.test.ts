import type { SPFI } from '@pnp/sp';
import type { CompleteCheck } from '../../../check';
import { fakeSources } from '../../../sources/testing/fakeSources';
import { profileSyncServices, servicesOver } from './profileSyncServices';
import type { ViewSettings } from './types';

const MEGAN = { loginName: 'i:0#.f|membership|megan@contoso.com', email: 'megan@contoso.com' };
const ALL = ['displayName', 'jobTitle', 'department'];
const reading = (overrides: Partial<ViewSettings> = {}): ViewSettings =>
  ({ fields: ALL.slice(), cacheLifetimeMinutes: 60, editMode: false, preview: 'none', ...overrides });

beforeEach(() => window.localStorage.clear());

describe('the web part\'s services', () => {
  it('keeps the same check service while the fields and the cache lifetime stay the same', () => {
    const services = servicesOver(fakeSources(), MEGAN, window.localStorage);
    const first = services.forView(reading());
    const again = services.forView(reading({ fields: ALL.slice() }));
    // A new function would make the page check again on every re-render.
    expect(again.runCheck).toBe(first.runCheck);
    expect(again.photoSync).toBe(first.photoSync);
  });

  it('builds a new check service when the fields change, and it compares the new fields', async () => {
    const services = servicesOver(fakeSources(), MEGAN, window.localStorage);
    const first = services.forView(reading());
    const fewer = services.forView(reading({ fields: ['jobTitle'] }));
    expect(fewer.runCheck).not.toBe(first.runCheck);
    const check = await fewer.runCheck({ refresh: false }) as CompleteCheck;
    expect(check.kind).toBe('complete');
    expect(check.properties.map((p) => p.field)).toEqual(['jobTitle']);
  });

  it('builds a new check service when the cache lifetime changes', () => {
    const services = servicesOver(fakeSources(), MEGAN, window.localStorage);
    const hour = services.forView(reading());
    const always = services.forView(reading({ cacheLifetimeMinutes: 0 }));
    expect(always.runCheck).not.toBe(hour.runCheck);
  });

  it('keeps one photo sync for the page\'s life, whatever the settings', () => {
    const services = servicesOver(fakeSources(), MEGAN, window.localStorage);
    const before = services.forView(reading());
    const after = services.forView(reading({ fields: ['jobTitle'], cacheLifetimeMinutes: 0 }));
    expect(after.photoSync).toBeDefined();
    expect(after.photoSync).toBe(before.photoSync);
  });

  it('caches the verdict per signed-in user: another user on the same browser is asked afresh', async () => {
    const sources = fakeSources();
    await servicesOver(sources, MEGAN, window.localStorage).forView(reading()).runCheck({ refresh: false });

    const asked = sources.requests.length;
    // The next page view of the same person (login names differ only in case) costs no request.
    await servicesOver(sources, { ...MEGAN, loginName: MEGAN.loginName.toUpperCase() }, window.localStorage)
      .forView(reading()).runCheck({ refresh: false });
    expect(sources.requests.length).toBe(asked);

    const adele = { loginName: 'i:0#.f|membership|adele@contoso.com', email: 'adele@contoso.com' };
    await servicesOver(sources, adele, window.localStorage).forView(reading()).runCheck({ refresh: false });
    expect(sources.requests.slice(asked)).toContain('sharePoint:GetMyProperties');
  });

  it('keeps no verdict when the page does not know who is signed in', async () => {
    const sources = fakeSources();
    const run = servicesOver(sources, {}, window.localStorage).forView(reading()).runCheck;
    await run({ refresh: false });
    const asked = sources.requests.length;
    await run({ refresh: false });
    expect(sources.requests.length).toBeGreaterThan(asked);
    expect(window.localStorage.length).toBe(0);
  });

  it('previews a state only in edit mode, without a request and without the photo sync', async () => {
    const sources = fakeSources();
    const services = servicesOver(sources, MEGAN, window.localStorage);

    const reader = services.forView(reading({ preview: 'photo-differs' }));
    expect(reader.previewing).toBe(false);
    expect(reader.photoSync).toBeDefined();

    const owner = services.forView(reading({ editMode: true, preview: 'photo-differs' }));
    expect(owner.previewing).toBe(true);
    expect(owner.photoSync).toBeUndefined();
    const sample = await owner.runCheck({ refresh: false });
    expect(sample.kind).toBe('complete');
    expect(sources.requests).toEqual([]);
    // The same preview while the state stays, so a re-render does not build it again.
    expect(services.forView(reading({ editMode: true, preview: 'photo-differs' })).runCheck).toBe(owner.runCheck);

    const nothingChosen = services.forView(reading({ editMode: true, preview: 'none' }));
    expect(nothingChosen.previewing).toBe(false);
    expect(nothingChosen.runCheck).toBe(reader.runCheck);
  });

  it('reads SharePoint through the given PnPjs and Graph through the given fetch', async () => {
    const myProperties = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const graphFetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const services = profileSyncServices({
      sp: { profiles: { myProperties } } as unknown as SPFI,
      siteUrl: 'https://contoso.sharepoint.com/sites/intranet',
      graphFetch,
      fetch: jest.fn(),
      user: MEGAN,
      storage: window.localStorage
    });
    const check = await services.forView(reading()).runCheck({ refresh: false });
    expect(check.kind).toBe('failed');
    expect(myProperties).toHaveBeenCalled();
    expect(graphFetch.mock.calls.map((call) => call[0])).toContain('/v1.0/$batch');
  });
});
