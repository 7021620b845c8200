import { drawPortrait, ALEX, MEGAN } from '../pixels/testing/portraits';
import { aSharePointProfile } from '../profile/testing/sharePointProfileBuilder';
import { fakeSources } from '../sources/testing/fakeSources';
import { LazyPhotoSync } from './LazyPhotoSync';
import type { PhotoSyncState } from './types';

// The sync's code is a chunk loaded with import(); here a load can be made to fail, as offline.
const mockChunk = { failuresLeft: 0 };
jest.mock('./index', () => {
  if (mockChunk.failuresLeft > 0) {
    mockChunk.failuresLeft -= 1;
    throw new Error('Loading chunk profile-sync-photo-sync failed.');
  }
  return jest.requireActual('./index');
});

/** Megan, whose SharePoint photo is an older one; SharePoint takes her Microsoft 365 photo. */
function megansSources(): ReturnType<typeof fakeSources> {
  return fakeSources({
    microsoft365Pixels: drawPortrait(MEGAN, 96, 96),
    sharePointPixels: drawPortrait(ALEX, 72, 72),
    profileAfterUpload: aSharePointProfile({ 'SPS-PictureTimestamp': '63790000000' }).inFlavour('minimal')
  });
}

function describeState(state: PhotoSyncState): string {
  if (state.status === 'running') return `running:${state.step}`;
  if (state.status === 'done') return `done:${state.outcome.kind}`;
  return state.status;
}

beforeEach(() => {
  mockChunk.failuresLeft = 0;
  jest.resetModules();
});

describe('LazyPhotoSync', () => {
  it('says it is reading at once, before its code has loaded, then runs the sync', async () => {
    const sync = new LazyPhotoSync(megansSources());
    const states: string[] = [];
    sync.subscribe((state) => states.push(describeState(state)));
    const outcome = sync.start();
    expect(states).toEqual(['idle', 'running:reading']);
    expect((await outcome).kind).toBe('verified');
    expect(states[states.length - 1]).toBe('done:verified');
  });

  it('uploads once, however often it is pressed while its code loads', async () => {
    const sources = megansSources();
    const sync = new LazyPhotoSync(sources);
    await Promise.all([sync.start(), sync.start(), sync.start()]);
    expect(sources.uploads).toHaveLength(1);
  });

  it('when its code cannot load, says offline and sends nothing', async () => {
    mockChunk.failuresLeft = 1;
    const sources = megansSources();
    const sync = new LazyPhotoSync(sources);
    const outcome = await sync.start();
    expect(outcome).toEqual({ kind: 'failed', reason: 'offline', uploadAttempted: false, finishedAt: expect.any(Number) });
    expect(describeState(sync.state)).toBe('done:failed');
    expect(sources.uploads).toHaveLength(0);
  });

  it('after its code failed to load once, the next press loads it and really syncs', async () => {
    mockChunk.failuresLeft = 1;
    const sources = megansSources();
    const sync = new LazyPhotoSync(sources);
    expect((await sync.start()).kind).toBe('failed');
    const retried = await sync.start();
    expect(retried.kind).toBe('verified');
    expect(sources.uploads).toHaveLength(1);
  });
});
