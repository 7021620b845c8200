import { previewPhotoSvg } from './previewPhotos';
import { textOf } from './testing/textOf';


describe('previewPhotoSvg', () => {
  it.each(['a', 'b'] as const)('draws avatar %s as a well-formed SVG image', async (kind) => {
    const blob = previewPhotoSvg(kind);
    expect(blob.type).toBe('image/svg+xml');
    const svg = await textOf(blob);
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.documentElement.nodeName).toBe('svg');
    expect(parsed.documentElement.getAttribute('viewBox')).toBe('0 0 96 96');
  });

  it('draws two different people', async () => {
    const [a, b] = await Promise.all([textOf(previewPhotoSvg('a')), textOf(previewPhotoSvg('b'))]);
    expect(a).not.toBe(b);
  });

  it('has nothing that runs or loads: no script, no link, no external image', async () => {
    const svg = await textOf(previewPhotoSvg('a'));
    expect(svg).not.toMatch(/<script|href=|<image|<foreignObject|on[a-z]+=/i);
  });
});
