// Drawn avatars for the preview, so it shows photos without fetching anyone's. 'a' stands for the
// current Microsoft 365 photo, 'b' for an older one SharePoint kept: two looks that tell apart at 48 px.
import type { PreviewPhotoKind } from './types';

interface AvatarLook {
  background: string;
  skin: string;
  hair: string;
  shirt: string;
  /** The hair's outline over the head (an SVG path in the 96 x 96 box). */
  hairPath: string;
}

const LOOKS: Record<PreviewPhotoKind, AvatarLook> = {
  a: {
    background: '#3a6ea5',
    skin: '#e6b89c',
    hair: '#5a3620',
    shirt: '#f2f2f2',
    hairPath: 'M29 40 C29 20 67 20 67 40 C67 34 60 27 48 27 C36 27 29 34 29 40 Z'
  },
  b: {
    background: '#c9a227',
    skin: '#d9a47f',
    hair: '#1f1a17',
    shirt: '#7a2e3a',
    hairPath: 'M28 44 C24 14 72 14 68 44 C68 28 58 24 48 24 C38 24 28 28 28 44 Z'
  }
};

/** A small square avatar as an SVG image (image/svg+xml), ready for a PhotoView. */
export function previewPhotoSvg(kind: PreviewPhotoKind): Blob {
  return new Blob([avatarSvg(LOOKS[kind])], { type: 'image/svg+xml' });
}

function avatarSvg(look: AvatarLook): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">' +
    `<rect width="96" height="96" fill="${look.background}"/>` +
    `<ellipse cx="48" cy="100" rx="36" ry="30" fill="${look.shirt}"/>` +
    `<rect x="42" y="52" width="12" height="16" fill="${look.skin}"/>` +
    `<ellipse cx="48" cy="42" rx="18" ry="21" fill="${look.skin}"/>` +
    `<path d="${look.hairPath}" fill="${look.hair}"/>` +
    '<circle cx="41" cy="42" r="2" fill="#3b2a24"/>' +
    '<circle cx="55" cy="42" r="2" fill="#3b2a24"/>' +
    '<path d="M42 52 Q48 56 54 52" stroke="#8a4b3c" stroke-width="2" fill="none" stroke-linecap="round"/>' +
    '</svg>'
  );
}
