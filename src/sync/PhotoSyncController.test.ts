import { drawPortrait, ALEX, MEGAN } from '../pixels/testing/portraits';
import { aSharePointProfile } from '../profile/testing/sharePointProfileBuilder';
import { SourceError } from '../sources/SourceError';
import { FakeTenant, fakeSources } from '../sources/testing/fakeSources';
import { PhotoSyncController } from './PhotoSyncController';
import { fakeShrinker } from './testing/fakeShrinker';
import { PhotoSyncState } from './types';

function setUp(overrides: Partial<FakeTenant> = {}): { sources: ReturnType<typeof fakeSources>; controller: PhotoSyncController } {
  const sources = fakeSources({
    microsoft365Pixels: drawPortrait(MEGAN, 96, 96),
    sharePointPixels: drawPortrait(ALEX, 72, 72),
    profileAfterUpload: aSharePointProfile({ 'SPS-PictureTimestamp': '63790000000' }).inFlavour('minimal'),
    ...overrides
  });
  return { sources, controller: new PhotoSyncController({ ...sources, shrinker: fakeShrinker() }) };
}

function describeState(state: PhotoSyncState): string {
  if (state.status === 'running') return `running:${state.step}`;
  if (state.status === 'done') return `done:${state.outcome.kind}`;
  return state.status;
}

describe('PhotoSyncController', () => {
  it('uploads once however often it is started while a sync is under way', async () => {
    const { sources, controller } = setUp();
    const first = controller.start();
    const second = controller.start();
    expect(second).toBe(first);
    await Promise.all([first, second, controller.start()]);
    expect(sources.uploads).toHaveLength(1);
  });

  it('tells subscribers where the sync is, then how it ended', async () => {
    const { controller } = setUp();
    const states: string[] = [];
    controller.subscribe((state) => states.push(describeState(state)));
    await controller.start();
    expect(states).toEqual(['idle', 'running:reading', 'running:checking', 'running:uploading', 'running:verifying', 'done:verified']);
    expect(describeState(controller.state)).toBe('done:verified');
  });

  it('gives a subscriber that arrives mid-sync the step under way', async () => {
    const { controller } = setUp();
    const running = controller.start();
    await Promise.resolve();
    const states: string[] = [];
    controller.subscribe((state) => states.push(describeState(state)));
    expect(states[0]).toMatch(/^running:/);
    await running;
  });

  it('does not start a second upload when a subscriber starts it again on hearing of the first', async () => {
    const { sources, controller } = setUp();
    controller.subscribe((state) => { if (state.status === 'running') void controller.start(); });
    await controller.start();
    expect(sources.uploads).toHaveLength(1);
  });

  it('starts a new sync once the last one has ended, so the user can try again after a failure', async () => {
    const { sources, controller } = setUp({ upload: new SourceError('sharePoint', 'offline', 'Failed to fetch') });
    const failed = await controller.start();
    expect(failed).toMatchObject({ kind: 'failed', reason: 'offline' });
    await controller.start();
    expect(sources.uploads).toHaveLength(2);
  });

  it('keeps telling the other subscribers when one throws, and stops telling those who left', async () => {
    const { controller } = setUp();
    const heard: string[] = [];
    const left: string[] = [];
    controller.subscribe(() => { throw new Error('unmounted'); });
    controller.subscribe((state) => heard.push(describeState(state)));
    const unsubscribe = controller.subscribe((state) => left.push(describeState(state)));
    unsubscribe();
    const outcome = await controller.start();
    expect(outcome.kind).toBe('verified');
    expect(heard[heard.length - 1]).toBe('done:verified');
    expect(left).toEqual(['idle']);
  });
});
