/**
 * @jest-environment node
 */
// Node environment: the JPEG round trips use jimp, whose browser build jest cannot load.
import { comparePhotos } from './comparePhotos';
import { PHOTO_MATCH_THRESHOLDS, fingerprintDistance, fingerprintsMatch } from './fingerprintsMatch';
import { photoFingerprint } from './photoFingerprint';
import { squareOf } from './testing/crop';
import { reencodeAsJpeg } from './testing/jpeg';
import { ALEX, MEGAN, MIRIAM, PortraitLook, Rgb, drawPlaceholderSilhouette, drawPortrait, withTransparent } from './testing/portraits';
import { resize } from './testing/resize';
import { RgbaImage } from './types';

const LOOKS: Array<[string, PortraitLook]> = [
  ['Megan', MEGAN],
  ['Alex', ALEX],
  ['Miriam', MIRIAM]
];

// Drawing a portrait and jimp's JPEG round trip (pure JavaScript) are the slow parts of this file:
// each picture is drawn, and each copy encoded, once for the file. Nothing here changes an image
// once made, so tests can share them.
const drawn = new Map<PortraitLook, Map<string, RgbaImage>>();
function drawnAt(look: PortraitLook, width: number, height: number): RgbaImage {
  const sizes = drawn.get(look) || new Map<string, RgbaImage>();
  drawn.set(look, sizes);
  const key = `${width}x${height}`;
  if (!sizes.has(key)) sizes.set(key, drawPortrait(look, width, height));
  return sizes.get(key)!;
}

/** The largest Graph size, as the Microsoft 365 photo. */
const portrait = (look: PortraitLook): RgbaImage => drawnAt(look, 648, 648);

const encoded = new WeakMap<RgbaImage, Map<string, Promise<RgbaImage>>>();
/** The image saved as JPEG at `quality` and read back, or at `width` x `height` first when given. */
function jpegOf(image: RgbaImage, quality: number, width = image.width, height = image.height): Promise<RgbaImage> {
  const copies = encoded.get(image) || new Map<string, Promise<RgbaImage>>();
  encoded.set(image, copies);
  const key = `${width}x${height}@${quality}`;
  if (!copies.has(key)) {
    const source = width === image.width && height === image.height ? image : resize(image, width, height);
    copies.set(key, reencodeAsJpeg(source, quality));
  }
  return copies.get(key)!;
}

/** What SharePoint keeps: the photo resized, then saved as JPEG. */
const thumbnail = (image: RgbaImage, width: number, height: number, quality: number): Promise<RgbaImage> =>
  jpegOf(image, quality, width, height);

let silhouette: RgbaImage | undefined;
function placeholderSilhouette(): RgbaImage {
  silhouette = silhouette || drawPlaceholderSilhouette(648, 648);
  return silhouette;
}

function distance(a: RgbaImage, b: RgbaImage): { colour: number; structure: number } {
  return fingerprintDistance(photoFingerprint(a), photoFingerprint(b));
}

describe('comparePhotos', () => {
  describe.each(LOOKS)('recognises the same photo of %s', (_name, look) => {
    const original = portrait(look);

    it.each([240, 72, 48])('resized from 648 px to %i px', (size) => {
      expect(comparePhotos(original, resize(original, size, size))).toBe('same');
    });

    it('at 72 px and at 48 px, both resized from the same photo', () => {
      expect(comparePhotos(resize(original, 72, 72), resize(original, 48, 48))).toBe('same');
    });

    it.each([60, 75, 90])('as JPEG thumbnails saved at quality %i', async (quality) => {
      expect(comparePhotos(original, await thumbnail(original, 72, 72, quality))).toBe('same');
      expect(comparePhotos(original, await thumbnail(original, 48, 48, quality))).toBe('same');
    });

    it('re-encoded as JPEG at full size, quality 60', async () => {
      expect(comparePhotos(original, await jpegOf(original, 60))).toBe('same');
    });

    it('when it is not square (resized without cropping, as SharePoint does)', async () => {
      const landscape = drawnAt(look, 600, 450);

      expect(comparePhotos(landscape, await thumbnail(landscape, 80, 60, 60))).toBe('same');
      expect(comparePhotos(landscape, await thumbnail(landscape, 48, 36, 60))).toBe('same');
    });
  });

  // Graph serves square sizes of a photo (Exchange crops a non-square upload to its middle square);
  // SharePoint resizes it keeping the aspect ratio. See centredSquare.ts for the sources.
  describe.each(LOOKS)('recognises the same photo of %s when the original is not square', (_name, look) => {
    const originals: Array<[string, number, number]> = [['portrait', 648, 864], ['landscape', 864, 648]];

    it.each(originals)('a %s original (%ix%i) and the square Graph serves of it at 96 and 240 px', (_shape, width, height) => {
      const original = drawnAt(look, width, height);

      expect(comparePhotos(original, resize(squareOf(original), 96, 96))).toBe('same');
      expect(comparePhotos(original, resize(squareOf(original), 240, 240))).toBe('same');
    });

    it.each(originals)("SharePoint's JPEG renditions of a %s original (%ix%i) and Graph's 96 px square", async (_shape, width, height) => {
      const original = drawnAt(look, width, height);
      const graph96 = resize(squareOf(original), 96, 96);
      const scale = (side: number): [number, number] => [Math.round((width * side) / 648), Math.round((height * side) / 648)];

      expect(comparePhotos(graph96, await thumbnail(original, ...scale(72), 75))).toBe('same');
      expect(comparePhotos(graph96, await thumbnail(original, ...scale(240), 90))).toBe('same');
    });

    it.each(originals)('a square cropped 1%% off the middle of a %s original (%ix%i), as a CDN rendition might be', async (_shape, width, height) => {
      const original = drawnAt(look, width, height);

      expect(comparePhotos(squareOf(original), await thumbnail(squareOf(original, 0.01), 96, 96, 75))).toBe('same');
      expect(comparePhotos(squareOf(original), await thumbnail(squareOf(original, -0.01), 240, 240, 75))).toBe('same');
    });
  });

  describe('tells different photos apart', () => {
    it.each([
      ['Megan', 'Alex', MEGAN, ALEX],
      ['Megan', 'Miriam', MEGAN, MIRIAM],
      ['Alex', 'Miriam', ALEX, MIRIAM]
    ])('%s and %s, two portraits framed alike', (_a, _b, lookA, lookB) => {
      expect(comparePhotos(portrait(lookA), portrait(lookB))).toBe('different');
    });

    it('the new photo and the old one SharePoint still shows as a JPEG thumbnail', async () => {
      expect(comparePhotos(portrait(MEGAN), await thumbnail(portrait(MIRIAM), 48, 48, 75))).toBe('different');
      expect(comparePhotos(portrait(MEGAN), await thumbnail(portrait(ALEX), 72, 72, 75))).toBe('different');
    });

    it('the same person against another backdrop, in other clothes or with the head moved', () => {
      const backdrop: Rgb = [150, 150, 150];
      expect(comparePhotos(portrait(MEGAN), portrait({ ...MEGAN, background: backdrop, backgroundBottom: backdrop }))).toBe('different');
      expect(comparePhotos(portrait(MEGAN), portrait({ ...MEGAN, shirt: [40, 120, 60] }))).toBe('different');
      expect(comparePhotos(portrait(MEGAN), portrait({ ...MEGAN, headCentreX: 0.55 }))).toBe('different');
    });

    it('two portraits that are not square', () => {
      expect(comparePhotos(drawnAt(MEGAN, 600, 450), drawnAt(ALEX, 600, 450))).toBe('different');
    });

    it.each([
      ['portrait', 648, 864],
      ['landscape', 864, 648]
    ])("Graph's square of one person's %s photo (%ix%i) and SharePoint's rendition of another's", async (_shape, width, height) => {
      const meganSquare = resize(squareOf(drawnAt(MEGAN, width, height)), 96, 96);
      const side = (pixels: number): [number, number] => [Math.round((width * pixels) / 648), Math.round((height * pixels) / 648)];

      expect(comparePhotos(meganSquare, await thumbnail(drawnAt(ALEX, width, height), ...side(72), 75))).toBe('different');
      expect(comparePhotos(meganSquare, await thumbnail(drawnAt(MIRIAM, width, height), ...side(72), 75))).toBe('different');
    });

    it.each(LOOKS)('a photo of %s and the grey placeholder silhouette', async (_name, look) => {
      expect(comparePhotos(portrait(look), placeholderSilhouette())).toBe('different');
      expect(comparePhotos(portrait(look), await thumbnail(placeholderSilhouette(), 72, 72, 80))).toBe('different');
    });
  });

  describe('transparency', () => {
    const white: Rgb = [255, 255, 255];
    const cutOutLook: PortraitLook = { ...MEGAN, background: white, backgroundBottom: white, texture: 0 };

    it('sees a cut-out PNG as the same photo on white', () => {
      const onWhite = drawnAt(cutOutLook, 400, 400);
      const cutOut = withTransparent(onWhite, white);

      expect(comparePhotos(cutOut, resize(onWhite, 72, 72))).toBe('same');
    });

    it('does not see a cut-out PNG as the same photo on black', () => {
      const black: Rgb = [0, 0, 0];
      const cutOut = withTransparent(drawnAt(cutOutLook, 400, 400), white);
      const onBlack = drawnAt({ ...cutOutLook, background: black, backgroundBottom: black }, 400, 400);

      expect(comparePhotos(cutOut, onBlack)).toBe('different');
    });
  });

  describe('margins', () => {
    // The verdict must not hinge on a hair's breadth: copies stay well inside the thresholds and
    // different photos well outside, so a real photo's extra noise does not flip it.
    it('keeps every resized or re-encoded copy within half the colour threshold', async () => {
      const original = portrait(MEGAN);
      const copies = [
        resize(original, 48, 48),
        await thumbnail(original, 48, 48, 60),
        await thumbnail(original, 72, 72, 60),
        await jpegOf(original, 60)
      ];

      copies.forEach((copy) => {
        const measured = distance(original, copy);
        expect(measured.colour).toBeLessThan(PHOTO_MATCH_THRESHOLDS.colour / 2);
        expect(measured.structure).toBeLessThanOrEqual(PHOTO_MATCH_THRESHOLDS.structure / 2);
      });
    });

    it('keeps different portraits at more than 1.5 times the colour threshold', () => {
      const pairs: Array<[RgbaImage, RgbaImage]> = [
        [portrait(MEGAN), portrait(ALEX)],
        [portrait(MEGAN), portrait(MIRIAM)],
        [portrait(ALEX), placeholderSilhouette()],
        [portrait(MEGAN), portrait({ ...MEGAN, headCentreX: 0.55 })]
      ];

      pairs.forEach(([a, b]) => expect(distance(a, b).colour).toBeGreaterThan(PHOTO_MATCH_THRESHOLDS.colour * 1.5));
    });
  });

  it('gives the same verdict from fingerprints kept in a cache as JSON', async () => {
    const original = portrait(ALEX);
    const copy = await thumbnail(original, 48, 48, 70);
    const cached = JSON.parse(JSON.stringify(photoFingerprint(original)));

    expect(fingerprintsMatch(cached, photoFingerprint(copy))).toBe(true);
    expect(fingerprintsMatch(cached, photoFingerprint(portrait(MIRIAM)))).toBe(false);
  });
});
