import { drawPortrait, MEGAN } from '../pixels/testing/portraits';
import { fakeSources } from '../sources/testing/fakeSources';
import { prepareProfilePicture, PreparedPicture } from './prepareProfilePicture';
import { fakeShrinker, FakeShrinker } from './testing/fakeShrinker';
import { photoBytes } from './testing/photoFiles';
import { PhotoSyncStep } from './types';

const megan = drawPortrait(MEGAN, 96, 96);
const LIMIT = 1000;

type Sources = ReturnType<typeof fakeSources>;

interface Preparation {
  sources: Sources;
  shrinker: FakeShrinker;
  steps: PhotoSyncStep[];
  prepare(photo: Blob): Promise<PreparedPicture>;
}

/** `shrunk` makes the shrinker's answer; the shrinker throws when it is absent or throws. */
function preparation(shrunk?: (sources: Sources) => Blob): Preparation {
  const sources = fakeSources();
  const shrinker = shrunk ? fakeShrinker(() => shrunk(sources)) : fakeShrinker();
  const steps: PhotoSyncStep[] = [];
  const prepare = (photo: Blob): Promise<PreparedPicture> =>
    prepareProfilePicture(photo, { decoder: sources.decoder, shrinker, maxBytes: LIMIT, onStep: (step) => steps.push(step) });
  return { sources, shrinker, steps, prepare };
}

describe('prepareProfilePicture', () => {
  it('sends a photo that fits as it is', async () => {
    const { sources, shrinker, steps, prepare } = preparation();
    const photo = sources.photoBlob(megan, [photoBytes('png', LIMIT)], 'image/png');
    await expect(prepare(photo)).resolves.toEqual({ ok: true, picture: photo, shrunk: false });
    expect(shrinker.calls).toEqual([]);
    expect(steps).toEqual(['checking']);
  });

  it('makes a photo over the limit smaller, and sends the smaller one once it is checked', async () => {
    let smaller: Blob | undefined;
    const { sources, shrinker, steps, prepare } = preparation((s) => (smaller = s.photoBlob(megan, [photoBytes('jpeg', LIMIT - 200)])));
    const photo = sources.photoBlob(megan, [photoBytes('bmp', LIMIT + 1)], 'image/bmp');
    const prepared = await prepare(photo);
    expect(prepared).toEqual({ ok: true, picture: smaller, shrunk: true });
    expect(shrinker.calls).toEqual([LIMIT]);
    expect(steps).toEqual(['checking', 'shrinking']);
  });

  it('gives up as too large when the photo cannot be made small enough', async () => {
    const { sources, prepare } = preparation(() => { throw new Error('The photo could not be made smaller than 1000 bytes'); });
    await expect(prepare(sources.photoBlob(megan, [photoBytes('jpeg', LIMIT * 3)]))).resolves.toEqual({ ok: false, refusal: 'too-large' });
  });

  it.each([
    ['still over the limit', (s: Sources) => s.photoBlob(megan, [photoBytes('jpeg', LIMIT + 1)])],
    ['not a JPEG', (s: Sources) => s.photoBlob(megan, [photoBytes('png', LIMIT - 1)], 'image/png')],
    ['not an image', (s: Sources) => s.photoBlob('not-an-image', [photoBytes('jpeg', LIMIT - 1)])]
  ])('does not trust the shrinker: a result %s is not sent', async (_, shrunk) => {
    const { sources, prepare } = preparation(shrunk);
    await expect(prepare(sources.photoBlob(megan, [photoBytes('jpeg', LIMIT * 2)]))).resolves.toEqual({ ok: false, refusal: 'too-large' });
  });

  it('never shrinks a photo that fails the checks: a large placeholder stays refused', async () => {
    const { sources, shrinker, prepare } = preparation();
    const placeholder = sources.photoBlob({ data: [0, 0, 0, 0], width: 1, height: 1 }, [photoBytes('gif', LIMIT * 2)], 'image/gif');
    await expect(prepare(placeholder)).resolves.toEqual({ ok: false, refusal: 'placeholder' });
    expect(shrinker.calls).toEqual([]);
  });
});
