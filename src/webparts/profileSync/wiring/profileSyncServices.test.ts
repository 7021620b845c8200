import type { SPFI } from '@pnp/sp';
import type { CompleteCheck } from '../../../check';
import { drawPortrait, ALEX, MEGAN as MEGANS_FACE } from '../../../pixels/testing/portraits';
import { aSharePointProfile } from '../../../profile/testing/sharePointProfileBuilder';
import { fakeSources } from '../../../sources/testing/fakeSources';
import type { PhotoSyncState } from '../../../sync';
import { PhotoSyncRegistry } from './photoSyncRegistry';
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

    const owner = services.forView(reading({ editMode: true, preview: 'photo-differs' }));
    expect(owner.previewing).toBe(true);
    expect(owner.photoSync).toBeUndefined();
    const sample = await owner.runCheck({ refresh: false });
    expect(sample.kind).toBe('complete');
    expect(sources.requests).toEqual([]);
    // The same preview while the state stays, so a re-render does not build it again.
    expect(services.forView(reading({ editMode: true, preview: 'photo-differs' })).runCheck).toBe(owner.runCheck);

    // A reader's view is the real check (asked at once: see the next test).
    const reader = services.forView(reading({ preview: 'photo-differs' }));
    expect(reader.previewing).toBe(false);
    expect(reader.photoSync).toBeDefined();

    const nothingChosen = services.forView(reading({ editMode: true, preview: 'none' }));
    expect(nothingChosen.previewing).toBe(false);
    expect(nothingChosen.runCheck).toBe(reader.runCheck);
  });

  it('sends the first check\'s requests as soon as the view is asked for, and the page gets that check without asking again', async () => {
    const sources = fakeSources();
    const services = servicesOver(sources, MEGAN, window.localStorage);

    const view = services.forView(reading({}));
    await Promise.resolve();
    const profileReads = (): number => sources.requests.filter((r) => r === 'sharePoint:GetMyProperties').length;
    expect(profileReads()).toBe(1);

    const check = await view.runCheck({ refresh: false });
    expect(check.kind).toBe('complete');
    expect(profileReads()).toBe(1);
    // Checking again is a new check.
    await view.runCheck({ refresh: true });
    expect(profileReads()).toBe(2);
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

  it('keeps one cache entry per set of compared fields: two web parts comparing different fields do not undo each other', async () => {
    const sources = fakeSources();
    const everything = (): ViewSettings => reading();
    const jobTitleOnly = (): ViewSettings => reading({ fields: ['jobTitle'] });
    await servicesOver(sources, MEGAN, window.localStorage).forView(everything()).runCheck({ refresh: false });
    await servicesOver(sources, MEGAN, window.localStorage).forView(jobTitleOnly()).runCheck({ refresh: false });
    expect(window.localStorage.length).toBe(2);

    // The next page view: both web parts show their kept verdicts without asking anything.
    const asked = sources.requests.length;
    const all = await servicesOver(sources, MEGAN, window.localStorage).forView(everything()).runCheck({ refresh: false }) as CompleteCheck;
    const one = await servicesOver(sources, MEGAN, window.localStorage).forView(jobTitleOnly()).runCheck({ refresh: false }) as CompleteCheck;
    expect(sources.requests.length).toBe(asked);
    expect(all.properties.map((p) => p.field)).toEqual(ALL);
    expect(one.properties.map((p) => p.field)).toEqual(['jobTitle']);
  });

  it('still checks when the browser refuses storage or it is full, and then keeps nothing', async () => {
    const refused = (): never => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    const full = (): never => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    const storages: Storage[] = [
      { getItem: refused, setItem: refused, removeItem: refused, clear: refused, key: refused, length: 0 },
      { getItem: () => null, setItem: full, removeItem: () => undefined, clear: () => undefined, key: () => null, length: 0 }
    ];
    for (const storage of storages) {
      const sources = fakeSources();
      const run = servicesOver(sources, MEGAN, storage).forView(reading()).runCheck;
      const first = await run({ refresh: false });
      expect(first.kind).toBe('complete');
      const asked = sources.requests.length;
      expect((await run({ refresh: false })).kind).toBe('complete');
      expect(sources.requests.length).toBeGreaterThan(asked);
    }
  });

  it('gives two web parts of the same person one photo sync: a press in one is seen in the other, and the photo goes once', async () => {
    const sources = fakeSources({
      microsoft365Pixels: drawPortrait(MEGANS_FACE, 96, 96),
      sharePointPixels: drawPortrait(ALEX, 72, 72),
      profileAfterUpload: aSharePointProfile({ 'SPS-PictureTimestamp': '63790000000' }).inFlavour('minimal')
    });
    const page = new PhotoSyncRegistry();
    const top = servicesOver(sources, MEGAN, window.localStorage, page).forView(reading()).photoSync!;
    const side = servicesOver(sources, MEGAN, window.localStorage, page).forView(reading({ fields: ['jobTitle'] })).photoSync!;
    const seenBySide: PhotoSyncState['status'][] = [];
    side.subscribe((state) => seenBySide.push(state.status));

    await Promise.all([top.start(), side.start()]);
    expect(sources.uploads).toHaveLength(1);
    expect(seenBySide).toContain('running');
    expect(side.state.status).toBe('done');

    const adele = { loginName: 'i:0#.f|membership|adele@contoso.com' };
    expect(servicesOver(sources, adele, window.localStorage, page).forView(reading()).photoSync).not.toBe(top);
  });
});
