import { COMPARED_FIELDS } from '../profile';
import { aSharePointProfile } from '../profile/testing/sharePointProfileBuilder';
import { drawPortrait, MEGAN } from '../pixels/testing/portraits';
import { base64Of } from '../sources/base64';
import { fakeSources } from '../sources/testing/fakeSources';
import { BrowserCheckCache } from './BrowserCheckCache';
import { checkProfile } from './checkProfile';
import { CompleteCheck } from './types';

const KEY = 'profile-sync:check:megan';
const SAVED_AT = Date.parse('2026-11-25T09:00:00Z');
const megan = drawPortrait(MEGAN, 96, 96);

async function aCompleteCheck(profile = aSharePointProfile().inFlavour('minimal')): Promise<CompleteCheck> {
  return await checkProfile(fakeSources({ profile, sharePointPixels: megan, microsoft365Pixels: megan }), { fields: COMPARED_FIELDS }) as CompleteCheck;
}

function cacheFor(user: string, storage: Storage = window.localStorage): BrowserCheckCache {
  return new BrowserCheckCache(storage, user, () => SAVED_AT);
}

function storedEntry(): Record<string, unknown> {
  return JSON.parse(window.localStorage.getItem(KEY) as string);
}

function bytesOf(blob: Blob | undefined): Promise<string> {
  return blob ? base64Of(blob) : Promise.resolve('');
}

beforeEach(() => window.localStorage.clear());

describe('BrowserCheckCache', () => {
  it('gives back the check it kept: verdict, profiles, photos with their validators, fingerprints and bytes', async () => {
    const check = await aCompleteCheck();
    await cacheFor('megan').write(check, COMPARED_FIELDS);

    const cached = cacheFor('megan').read();
    expect(cached && cached.savedAt).toBe(SAVED_AT);
    expect(cached && cached.fields).toEqual(COMPARED_FIELDS);
    const again = (cached as { check: CompleteCheck }).check;
    expect(again.diagnosis).toEqual(check.diagnosis);
    expect(again.properties).toEqual(check.properties);
    expect(again.graphUser).toEqual(check.graphUser);
    expect(again.sharePoint.pictureTimestamp).toBe(check.sharePoint.pictureTimestamp);
    expect(again.photoMatch).toBe('same');
    expect(again.checkedAt.getTime()).toBe(check.checkedAt.getTime());
    const photo = again.photos.microsoft365;
    const original = check.photos.microsoft365;
    expect(photo && photo.validator).toBe(original && original.validator);
    // Through JSON, as stored: -0 comes back as 0, the same fingerprint.
    expect(JSON.stringify(photo && photo.fingerprint)).toBe(JSON.stringify(original && original.fingerprint));
    expect(photo && photo.fingerprint).toBeDefined();
    expect(await bytesOf(photo && photo.blob)).toBe(await bytesOf(original && original.blob));
  });

  it('keeps a photo whose etag was empty to show it, without a validator, so the next check fetches it again', async () => {
    const check = await aCompleteCheck();
    const microsoft365 = { ...check.photos.microsoft365, validator: undefined };
    await cacheFor('megan').write({ ...check, photos: { ...check.photos, microsoft365 } }, COMPARED_FIELDS);

    const again = (cacheFor('megan').read() as { check: CompleteCheck }).check;
    const photo = again.photos.microsoft365;
    expect(photo && photo.blob).toBeInstanceOf(Blob);
    expect(photo && photo.validator).toBeUndefined();
  });

  it('ignores an entry written by another version of the web part, and removes it', async () => {
    await cacheFor('megan').write(await aCompleteCheck(), COMPARED_FIELDS);
    // Everything else in the entry is valid: only its version says it may mean something else.
    window.localStorage.setItem(KEY, JSON.stringify({ ...storedEntry(), version: 2 }));

    expect(cacheFor('megan').read()).toBeUndefined();
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });

  it('never answers with another user\'s entry, even stored under their key', async () => {
    await cacheFor('megan').write(await aCompleteCheck(), COMPARED_FIELDS);
    window.localStorage.setItem('profile-sync:check:alex', window.localStorage.getItem(KEY) as string);

    expect(cacheFor('alex').read()).toBeUndefined();
  });

  it.each([
    ['text that is not JSON', '{"version":1,'],
    ['a verdict it does not know', (entry: string) => entry.replace('"in-sync"', '"all-good"')],
    ['a damaged fingerprint', (entry: string) => entry.replace('"greyGradients":[', '"greyGradients":["x",')]
  ])('treats %s as no cache', async (_, damage) => {
    await cacheFor('megan').write(await aCompleteCheck(), COMPARED_FIELDS);
    const entry = window.localStorage.getItem(KEY) as string;
    window.localStorage.setItem(KEY, typeof damage === 'string' ? damage : damage(entry));

    expect(cacheFor('megan').read()).toBeUndefined();
  });

  it('keeps a full or disabled storage from breaking the page: no cache, no error', async () => {
    const refusing = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('SecurityError'); }
    } as unknown as Storage;
    const cache = cacheFor('megan', refusing);

    await expect(cache.write(await aCompleteCheck(), COMPARED_FIELDS)).resolves.toBeUndefined();
    expect(cache.read()).toBeUndefined();
  });

  it('keeps of SharePoint\'s profile properties only those the comparison read, whatever else the tenant put there', async () => {
    // A custom property can hold anything an admin or a tool wrote into it, a secret included.
    const profile = aSharePointProfile({ 'Contoso-ApiToken': 'Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.planted' }).inFlavour('minimal');
    const check = await aCompleteCheck(profile);
    expect(check.sharePoint.properties['Contoso-ApiToken']).toBeDefined();

    await cacheFor('megan').write(check, COMPARED_FIELDS);

    expect(window.localStorage.getItem(KEY)).not.toMatch(/Contoso-ApiToken|eyJ0eXAi|bearer/i);
    const again = (cacheFor('megan').read() as { check: CompleteCheck }).check;
    check.properties.forEach((row) => {
      expect(again.sharePoint.properties[row.sharePointKey]).toBe(check.sharePoint.properties[row.sharePointKey]);
    });
  });
});
