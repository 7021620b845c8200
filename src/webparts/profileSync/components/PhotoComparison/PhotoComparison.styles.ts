import { ITheme, mergeStyles, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

type PhotoComparisonClass = 'section' | 'sectionHeading' | 'photos' | 'photo' | 'photoFrame' | 'photoEmpty' | 'initials' | 'photoMissing' | 'photoVerdict';

/**
 * 72 CSS px: the size of SharePoint's M rendition (72x72) that the check fetches, so that photo is
 * never upscaled on a standard screen (Graph's is 96x96), and the size of the photo on the Microsoft
 * 365 profile card. On a 320 px screen two of them still sit side by side.
 */
export const PHOTO_SIZE = 72;

export const getClassNames = memoizeFunction((theme: ITheme): Record<PhotoComparisonClass, string> => {
  const { semanticColors, fonts } = theme;
  return mergeStyleSets({
    ...sectionStyles(theme),
    photos: { display: 'flex', flexWrap: 'wrap', gap: '16px 24px', margin: 0 },
    photo: { margin: 0, textAlign: 'center', width: 120, maxWidth: '100%', overflowWrap: 'break-word' },
    photoFrame: {
      width: PHOTO_SIZE, height: PHOTO_SIZE, borderRadius: '50%', overflow: 'hidden', margin: '0 auto 4px', display: 'flex',
      alignItems: 'center', justifyContent: 'center', boxSizing: 'border-box',
      selectors: { img: { width: '100%', height: '100%', objectFit: 'cover' } }
    },
    // A face with no letters to show sits on the section's own background, so it reads on every variant.
    photoEmpty: { border: `1px solid ${semanticColors.bodyText}`, background: 'transparent' },
    // White letters on a dark colour (each at least 4.5:1); in forced colours the system's own pair.
    initials: {
      color: '#ffffff', fontSize: 28, fontWeight: 600, letterSpacing: 0.5, border: '1px solid transparent',
      '@media (forced-colors: active)': { color: 'CanvasText', background: 'Canvas', borderColor: 'CanvasText' }
    },
    photoMissing: { display: 'block', fontSize: fonts.small.fontSize, color: semanticColors.bodyText, marginBottom: 2 },
    photoVerdict: { marginTop: 8 }
  });
});

// Fluent's persona colours, darkened where white text on them fell below 4.5:1.
const INITIALS_BACKGROUNDS = ['#005a9e', '#5c2e91', '#a4262c', '#0b6a0b', '#8e562e', '#004e8c', '#750b1c', '#005b70'];

/** The same name always gets the same colour, like the initials on a Microsoft 365 profile card. */
export const initialsColours = memoizeFunction((displayName: string): string => {
  let hash = 0;
  for (let i = 0; i < displayName.length; i++) hash = (hash * 31 + displayName.charCodeAt(i)) >>> 0;
  return mergeStyles({ background: INITIALS_BACKGROUNDS[hash % INITIALS_BACKGROUNDS.length] });
});
