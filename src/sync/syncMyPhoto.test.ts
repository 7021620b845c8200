import { drawPortrait, ALEX, MEGAN } from '../pixels/testing/portraits';
import { aSharePointProfile } from '../profile/testing/sharePointProfileBuilder';
import type { SharePointProfile } from '../profile';
import { sharePointErrorFromThrown } from '../sources/sharePoint/SharePointProfileSource';
import { SourceError } from '../sources/SourceError';
import { FakeTenant, fakeSources } from '../sources/testing/fakeSources';
import { syncMyPhoto, PhotoSyncOptions } from './syncMyPhoto';
import { fakeShrinker } from './testing/fakeShrinker';
import { photoBytes } from './testing/photoFiles';
import { aGraphPhoto } from '../profile/testing/graphBuilders';
import { IPendingPhotoSyncStore, PendingPhotoSync, PhotoSyncFailed, PhotoSyncOutcome, PhotoSyncStep } from './types';
import { memoryPendingStore as memoryStore } from './testing/memoryPendingStore';

const megan = drawPortrait(MEGAN, 96, 96);
const meganRendition = drawPortrait(MEGAN, 72, 72);
const alex = drawPortrait(ALEX, 72, 72);
const BEFORE = '63783110969';
const AFTER = '63790000000';
const NOW = 1767225600000;

const profileAfterUpload = aSharePointProfile({ 'SPS-PictureTimestamp': AFTER }).inFlavour('minimal');

/** Megan, whose SharePoint photo is older than her Microsoft 365 one. */
function tenant(overrides: Partial<FakeTenant> = {}): ReturnType<typeof fakeSources> {
  return fakeSources({ microsoft365Pixels: megan, sharePointPixels: alex, profileAfterUpload, ...overrides });
}

interface Run { outcome: PhotoSyncOutcome; steps: PhotoSyncStep[] }

async function sync(sources: ReturnType<typeof fakeSources>, options: PhotoSyncOptions = {}, shrinker = fakeShrinker()): Promise<Run> {
  const steps: PhotoSyncStep[] = [];
  const outcome = await syncMyPhoto({ ...sources, shrinker }, { now: () => NOW, onStep: (step) => steps.push(step), ...options });
  return { outcome, steps };
}

// What PnPjs throws for a refused request: the status, then SharePoint's body.
function pnpError(status: number, code: string, message: string): Error {
  const body = JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> ${body}`), { isHttpRequestError: true, status });
}

/** What SharePoint showed after the sync; an outcome that sent nothing has no such reading. */
function profileAfterOf(outcome: PhotoSyncOutcome): SharePointProfile | undefined {
  return 'profileAfter' in outcome ? outcome.profileAfter : undefined;
}

describe('syncMyPhoto', () => {
  describe('when SharePoint takes the photo', () => {
    it('uploads the Microsoft 365 photo and verifies that SharePoint now shows it', async () => {
      const sources = tenant({ sharePointPixelsAfterUpload: meganRendition });
      const { outcome, steps } = await sync(sources);
      expect(outcome).toMatchObject({ kind: 'verified', uploadedBytes: sources.uploads[0].size, shrunk: false, replacedPhoto: true });
      expect(profileAfterOf(outcome)?.pictureTimestamp).toBe(AFTER);
      expect(steps).toEqual(['reading', 'checking', 'uploading', 'verifying']);
      expect(sources.uploads).toHaveLength(1);
    });

    it('reads the largest Microsoft 365 photo up to 648x648, and SharePoint\'s new photo past every cache', async () => {
      const sources = tenant();
      await sync(sources);
      expect(sources.photoRequests).toEqual(['graph:648', `sharePoint:L:${AFTER}`, `sharePoint:M:${AFTER}`]);
    });

    it('replaces the grey placeholder', async () => {
      const sources = tenant({ profile: aSharePointProfile().withoutPhoto().inFlavour('minimal'), sharePointPixels: undefined });
      const { outcome } = await sync(sources);
      expect(outcome).toMatchObject({ kind: 'verified', replacedPhoto: false });
      expect(profileAfterOf(outcome)?.placeholderState).toBe('0');
    });

    it('only says "accepted" when SharePoint\'s timestamp did not change, and still asks past the cache', async () => {
      const sources = tenant({ profileAfterUpload: aSharePointProfile({ 'SPS-PictureTimestamp': BEFORE }).inFlavour('minimal') });
      const { outcome } = await sync(sources);
      expect(outcome).toMatchObject({ kind: 'accepted', unconfirmed: 'timestamp-unchanged' });
      expect(sources.photoRequests).toContain(`sharePoint:L:${NOW}`);
    });

    it.each([
      ['the new photo cannot be read', { sharePointPixelsAfterUpload: undefined }, 'photo-unreadable'],
      ['SharePoint still shows another picture', { sharePointPixelsAfterUpload: alex }, 'photo-differs'],
      ['the profile still records the placeholder', {
        profileAfterUpload: aSharePointProfile({ 'SPS-PictureTimestamp': AFTER, 'SPS-PicturePlaceholderState': '1' }).inFlavour('minimal')
      }, 'still-placeholder'],
      ['the profile cannot be read back', { profileAfterUpload: new SourceError('sharePoint', 'unavailable', 'SharePoint answered 503', 503) }, 'profile-unreadable']
    ] as Array<[string, Partial<FakeTenant>, string]>)('says "accepted", not "verified", when %s', async (_, overrides, unconfirmed) => {
      const { outcome } = await sync(tenant(overrides));
      expect(outcome).toMatchObject({ kind: 'accepted', unconfirmed });
    });

    it('makes a photo over the limit smaller, sends the smaller one and verifies against it', async () => {
      const sources = tenant({ microsoft365Photo: new Blob([photoBytes('bmp', 3000)], { type: 'image/bmp' }) });
      let smaller: Blob | undefined;
      const shrinker = fakeShrinker(() => (smaller = sources.photoBlob(megan, [photoBytes('jpeg', 900)])));
      const { outcome, steps } = await sync(sources, { maxBytes: 1000 }, shrinker);
      expect(sources.uploads).toEqual([smaller]);
      expect(outcome).toMatchObject({ kind: 'verified', uploadedBytes: 900, shrunk: true });
      expect(steps).toEqual(['reading', 'checking', 'shrinking', 'uploading', 'verifying']);
    });

    it('says, for the helpdesk, how large the Microsoft 365 photo was before it was made smaller, and when the sync ended', async () => {
      const sources = tenant({ microsoft365Photo: new Blob([photoBytes('bmp', 3000)], { type: 'image/bmp' }) });
      const shrinker = fakeShrinker(() => sources.photoBlob(megan, [photoBytes('jpeg', 900)]));
      const { outcome } = await sync(sources, { maxBytes: 1000 }, shrinker);
      expect(outcome).toMatchObject({ microsoft365Bytes: 3000, uploadedBytes: 900, shrunk: true, finishedAt: NOW });
    });
  });

  describe('before anything is sent', () => {
    it.each([
      ['Microsoft 365 has no photo', { microsoft365Pixels: undefined }, 'no-microsoft365-photo'],
      ['the photo is not an image', { microsoft365Pixels: 'not-an-image' }, 'not-an-image'],
      ['the photo is empty', { microsoft365Photo: new Blob([], { type: 'image/jpeg' }) }, 'not-an-image'],
      ['the photo is the 1x1 GIF placeholder', {
        microsoft365Photo: new Blob([photoBytes('gif', 43)], { type: 'image/gif' }),
        microsoft365Pixels: { data: [0, 0, 0, 0], width: 1, height: 1 }
      }, 'placeholder'],
      ['the photo is in a format SharePoint refuses', { microsoft365Photo: new Blob([photoBytes('webp')], { type: 'image/webp' }) }, 'unsupported-format']
    ] as Array<[string, Partial<FakeTenant>, string]>)('refuses to upload when %s, and leaves SharePoint as it was', async (_, overrides, reason) => {
      const sources = tenant(overrides);
      const { outcome } = await sync(sources);
      expect(outcome).toMatchObject({ kind: 'failed', reason, uploadAttempted: false });
      expect(sources.uploads).toEqual([]);
      expect(sources.requests).not.toContain('sharePoint:SetMyProfilePicture');
      expect(profileAfterOf(outcome)?.pictureTimestamp).toBe(BEFORE);
    });

    it('refuses to upload a photo that cannot be made small enough', async () => {
      const sources = tenant({ microsoft365Photo: new Blob([photoBytes('jpeg', 3000)], { type: 'image/jpeg' }) });
      const shrinker = fakeShrinker(() => { throw new Error('The photo could not be made smaller than 1000 bytes'); });
      const { outcome } = await sync(sources, { maxBytes: 1000 }, shrinker);
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'too-large', uploadAttempted: false });
      expect(sources.uploads).toEqual([]);
    });

    it('does not upload when SharePoint\'s profile cannot be read first', async () => {
      const sources = tenant({ profile: new SourceError('sharePoint', 'throttled', 'SharePoint answered 429', 429, 30) });
      const { outcome } = await sync(sources);
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'throttled', retryAfterSeconds: 30, uploadAttempted: false });
      expect(sources.uploads).toEqual([]);
    });

    it('does not upload when the Microsoft 365 photo cannot be fetched', async () => {
      const sources = tenant();
      sources.graph.getMyPhoto = () => Promise.reject(new SourceError('graph', 'offline', 'Failed to fetch'));
      const { outcome } = await sync(sources);
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'offline', uploadAttempted: false });
      expect(sources.uploads).toEqual([]);
    });
  });

  describe('when the upload fails', () => {
    it.each([
      ['digest', pnpError(403, '-2130575251, Microsoft.SharePoint.SPException', "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.")],
      ['blocked', pnpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.')],
      ['rejected', pnpError(400, '-2147024809, System.ArgumentException', 'Parameter is not valid.')],
      ['too-large-for-sharepoint', pnpError(400, '-2147024809, System.ArgumentException', 'The picture is too large. Profile pictures can be at most 5,000,000 bytes.')],
      ['throttled', Object.assign(new Error('Retry count exceeded (3) for this request. 429: Too Many Requests;'), { isHttpRequestError: true, status: 429 })],
      ['unavailable', pnpError(503, '-2147467259, Microsoft.SharePoint.SPException', 'The service is unavailable.')],
      ['offline', new TypeError('Failed to fetch')],
      ['unknown', pnpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'Cannot find resource for the request.')]
    ])('reports %s, then reads SharePoint\'s state again', async (reason, thrown) => {
      const sources = tenant({ upload: sharePointErrorFromThrown(thrown), profileAfterUpload: aSharePointProfile().inFlavour('minimal') });
      const { outcome, steps } = await sync(sources);
      expect(outcome).toMatchObject({ kind: 'failed', reason, uploadAttempted: true });
      expect(sources.requests.slice(-2)).toEqual(['sharePoint:SetMyProfilePicture', 'sharePoint:GetMyProperties']);
      expect(profileAfterOf(outcome)?.pictureTimestamp).toBe(BEFORE);
      expect(steps).not.toContain('verifying');
    });

    it('reports what SharePoint has after a dropped connection, even when the photo did arrive', async () => {
      const sources = tenant({ upload: sharePointErrorFromThrown(new TypeError('Failed to fetch')) });
      const { outcome } = await sync(sources);
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'offline' });
      expect(profileAfterOf(outcome)?.pictureTimestamp).toBe(AFTER);
    });

    it('still reports the failure when SharePoint cannot be read afterwards either', async () => {
      const offline = new SourceError('sharePoint', 'offline', 'Failed to fetch');
      const { outcome } = await sync(tenant({ upload: offline, profileAfterUpload: offline }));
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'offline', uploadAttempted: true });
      expect(profileAfterOf(outcome)).toBeUndefined();
    });

    it('keeps what the service said about waiting', async () => {
      const { outcome } = await sync(tenant({ upload: new SourceError('sharePoint', 'throttled', 'SharePoint answered 429', 429, 120) }));
      expect((outcome as PhotoSyncFailed).retryAfterSeconds).toBe(120);
    });
  });

  it('goes on when whatever shows the progress throws', async () => {
    const { outcome } = await sync(tenant(), { onStep: () => { throw new Error('render failed'); } });
    expect(outcome.kind).toBe('verified');
  });
});

describe('syncMyPhoto with a pending photo sync', () => {
  const ETAG = '"BA09D118"';

  it('remembers a photo SharePoint accepted but does not show yet, with its Microsoft 365 etag and the time', async () => {
    // SharePoint's cache still serves the old photo after the upload.
    const sources = tenant({ photoMetadata: aGraphPhoto({ '@odata.mediaEtag': ETAG }), sharePointPixelsAfterUpload: alex });
    const store = memoryStore();
    const { outcome } = await sync({ ...sources, pendingPhotoSync: store } as typeof sources);
    expect(outcome.kind).toBe('accepted');
    expect(store.record).toEqual({ microsoft365Etag: ETAG, uploadedAt: NOW });
  });

  it('never sends the same Microsoft 365 photo twice: a second sync sends nothing', async () => {
    const sources = tenant({ photoMetadata: aGraphPhoto({ '@odata.mediaEtag': ETAG }) });
    const pending = { microsoft365Etag: ETAG, uploadedAt: NOW - 3600000 };
    const { outcome } = await sync({ ...sources, pendingPhotoSync: memoryStore(pending) } as typeof sources);
    expect(outcome).toEqual({ kind: 'already-sent', pending, finishedAt: expect.any(Number) });
    expect(sources.requests).not.toContain('sharePoint:SetMyProfilePicture');
    expect(sources.uploads).toHaveLength(0);
  });

  it('sends a Microsoft 365 photo that changed since the last sync, and forgets the old one once SharePoint shows it', async () => {
    const sources = tenant({ photoMetadata: aGraphPhoto({ '@odata.mediaEtag': ETAG }), sharePointPixelsAfterUpload: meganRendition });
    const store = memoryStore({ microsoft365Etag: '"an-older-photo"', uploadedAt: NOW - 3600000 });
    const { outcome } = await sync({ ...sources, pendingPhotoSync: store } as typeof sources);
    expect(outcome.kind).toBe('verified');
    expect(sources.uploads).toHaveLength(1);
    expect(store.record).toBeUndefined();
  });

  it('remembers nothing when Graph gives the photo no etag: it could not tell the photo again', async () => {
    const sources = tenant({ photoMetadata: aGraphPhoto({ '@odata.mediaEtag': '' }), sharePointPixelsAfterUpload: alex });
    const store = memoryStore();
    const { outcome } = await sync({ ...sources, pendingPhotoSync: store } as typeof sources);
    expect(outcome.kind).toBe('accepted');
    expect(store.record).toBeUndefined();
  });
});
