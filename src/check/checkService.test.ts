import { COMPARED_FIELDS } from '../profile';
import { aGraphPhoto, aGraphUser } from '../profile/testing/graphBuilders';
import { drawPortrait, ALEX, MEGAN } from '../pixels/testing/portraits';
import type { IPendingPhotoSyncStore, PendingPhotoSync } from '../sync';
import { aSharePointProfile } from '../profile/testing/sharePointProfileBuilder';
import { fakeSources } from '../sources/testing/fakeSources';
import { BrowserCheckCache } from './BrowserCheckCache';
import { checkService } from './checkService';
import { CompleteCheck, ProfileCheck } from './types';
import { memoryPendingStore as memoryStore } from '../sync/testing/memoryPendingStore';

const HOUR = 3600000;
const megan = drawPortrait(MEGAN, 96, 96);

function setUp(user = 'megan'): { sources: ReturnType<typeof fakeSources>; clock: { now: number }; run: ReturnType<typeof checkService> } {
  const sources = fakeSources({ sharePointPixels: megan, microsoft365Pixels: megan });
  const clock = { now: Date.parse('2026-11-25T09:00:00Z') };
  const cache = new BrowserCheckCache(window.localStorage, user, () => clock.now);
  return { sources, clock, run: checkService(sources, cache, { fields: COMPARED_FIELDS, cacheLifetimeMs: HOUR, now: () => clock.now }) };
}

beforeEach(() => window.localStorage.clear());

describe('checkService with the browser cache', () => {
  it('answers a second view within the lifetime from the cache, without a request', async () => {
    const { sources, run } = setUp();
    await run({ refresh: false });
    const before = sources.requests.length;
    const cached = await run({ refresh: false }) as CompleteCheck;
    expect(sources.requests.length).toBe(before);
    expect(cached.diagnosis.status).toBe('in-sync');
    expect(cached.photos.sharePoint && cached.photos.sharePoint.blob).toBeInstanceOf(Blob);
  });

  it('after the lifetime, shows the cached verdict at once and revalidates it', async () => {
    const { sources, clock, run } = setUp();
    await run({ refresh: false });
    clock.now += 2 * HOUR;
    const early: ProfileCheck[] = [];
    const before = sources.requests.length;
    const fresh = await run({ refresh: false }, (check) => early.push(check));
    expect(early).toHaveLength(1);
    expect(fresh.kind).toBe('complete');
    expect(sources.requests.slice(before).sort()).toEqual(['graph:$batch', 'sharePoint:GetMyProperties']);
  });

  it('passes each wait for a busy service on to the page while it checks, and keeps all waits within 30 s', async () => {
    const { sources, run } = setUp();
    const heard: Array<[string, number]> = [];
    const budgetLeft: boolean[] = [];
    const getProfile = sources.graph.getProfile;
    sources.graph.getProfile = (fields, size, waits) => {
      // Graph asks for 20 s, then 15 s more: the second would go past the 30 s of one check.
      budgetLeft.push(!!waits && waits.take('graph', 20), !!waits && waits.take('graph', 15));
      return getProfile(fields, size, waits);
    };
    const check = await run({ refresh: true, onWait: (wait) => heard.push([wait.source, wait.seconds]) });
    expect(check.kind).toBe('complete');
    expect(heard).toEqual([['graph', 20]]);
    expect(budgetLeft).toEqual([true, false]);
  });

  it('bypasses the cache when asked to check again', async () => {
    const { sources, run } = setUp();
    await run({ refresh: false });
    const before = sources.requests.length;
    await run({ refresh: true });
    expect(sources.requests.length).toBeGreaterThan(before);
  });

  it('never uses another user\'s entry, nor a damaged one', async () => {
    const megansView = setUp('megan');
    await megansView.run({ refresh: false });
    const entry = window.localStorage.getItem('profile-sync:check:megan') as string;
    window.localStorage.setItem('profile-sync:check:alex', entry);
    const alexsView = setUp('alex');
    await alexsView.run({ refresh: false });
    expect(alexsView.sources.requests).toContain('sharePoint:GetMyProperties');

    window.localStorage.setItem('profile-sync:check:megan', entry.replace('"in-sync"', '"all-good"'));
    const again = setUp('megan');
    await again.run({ refresh: false });
    expect(again.sources.requests).toContain('sharePoint:GetMyProperties');
    expect(JSON.parse(window.localStorage.getItem('profile-sync:check:megan') as string).check.diagnosis.status).toBe('in-sync');
  });

  it('keeps no token or request header in the cache', async () => {
    // Planted where a real answer could carry one: a custom profile property, the request digest
    // echoed into the SharePoint body, extra fields in Graph's /me and /me/photo answers.
    const token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.planted';
    const digest = '0x9C2F5A17D3B84E6F,25 Nov 2026 09:00:00 -0000';
    const profile = { ...aSharePointProfile({ 'Contoso-ApiToken': `Bearer ${token}` }).inFlavour('minimal'), FormDigestValue: digest };
    const sources = fakeSources({
      profile,
      me: aGraphUser({ accessToken: token, '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users/$entity?access_token=${token}` }),
      photoMetadata: aGraphPhoto({ authorization: `Bearer ${token}` }),
      sharePointPixels: megan,
      microsoft365Pixels: megan
    });
    const cache = new BrowserCheckCache(window.localStorage, 'megan');
    const check = await checkService(sources, cache, { fields: COMPARED_FIELDS, cacheLifetimeMs: HOUR })({ refresh: false }) as CompleteCheck;
    expect(check.diagnosis.status).toBe('in-sync');

    const stored = window.localStorage.getItem('profile-sync:check:megan') as string;
    expect(stored).toContain('Megan Bowen');
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(digest);
    expect(stored).not.toMatch(/bearer|authorization|digest|token/i);
  });
});

describe('checkService with a pending photo sync', () => {
  const alex = drawPortrait(ALEX, 96, 96);

  function run(sharePointPixels: typeof megan, store: IPendingPhotoSyncStore, refresh = false): Promise<ProfileCheck> {
    const sources = fakeSources({ sharePointPixels, microsoft365Pixels: megan });
    const cache = new BrowserCheckCache(window.localStorage, 'megan');
    return checkService(sources, cache, { fields: COMPARED_FIELDS, cacheLifetimeMs: HOUR, pendingPhotoSync: store })({ refresh });
  }

  it('shows the pending sync instead of an older photo, on a fresh check and from the cache after a reload', async () => {
    const store = memoryStore({ microsoft365Etag: '"BA09D118"', uploadedAt: Date.now() });
    const fresh = await run(alex, store, true) as CompleteCheck;
    expect(fresh.diagnosis.findings.map((f) => f.code)).toEqual(['photo-sync-pending']);
    const reloaded = await run(alex, store) as CompleteCheck;
    expect(reloaded.diagnosis.findings.map((f) => f.code)).toEqual(['photo-sync-pending']);
    expect(store.record).toBeDefined();
  });

  it('ends the pending sync once SharePoint shows the photo', async () => {
    const store = memoryStore({ microsoft365Etag: '"BA09D118"', uploadedAt: Date.now() });
    const check = await run(megan, store, true) as CompleteCheck;
    expect(check.diagnosis).toEqual({ status: 'in-sync', findings: [] });
    expect(store.record).toBeUndefined();
  });
});
