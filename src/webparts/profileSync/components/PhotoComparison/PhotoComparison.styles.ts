import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

type PhotoComparisonClass = 'section' | 'sectionHeading' | 'photos' | 'photo' | 'photoFrame' | 'photoEmpty' | 'photoVerdict';

export const getClassNames = memoizeFunction((theme: ITheme): Record<PhotoComparisonClass, string> => {
  const { semanticColors, fonts } = theme;
  return mergeStyleSets({
    ...sectionStyles(theme),
    photos: { display: 'flex', flexWrap: 'wrap', gap: 24, margin: 0 },
    photo: { margin: 0, textAlign: 'center', minWidth: 96 },
    photoFrame: {
      width: 72, height: 72, borderRadius: '50%', overflow: 'hidden', margin: '0 auto 4px', display: 'flex', alignItems: 'center',
      justifyContent: 'center', boxSizing: 'border-box', color: semanticColors.bodyText, fontSize: fonts.small.fontSize, textAlign: 'center',
      selectors: { img: { width: '100%', height: '100%', objectFit: 'cover' } }
    },
    // "No photo" sits on the section's own background, so it reads on every section variant.
    photoEmpty: { border: `1px dashed ${semanticColors.bodyText}` },
    photoVerdict: { marginTop: 8 }
  });
});
