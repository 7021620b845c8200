import { hiddenContentStyle, ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** Every colour comes from the theme, so section backgrounds and dark themes stay readable. */
export const getClassNames = memoizeFunction((theme: ITheme): Record<'root' | 'title' | 'titleHidden' | 'previewNote' | 'waitNote', string> => {
  const { semanticColors, fonts } = theme;
  return mergeStyleSets({
    root: { color: semanticColors.bodyText, fontFamily: fonts.medium.fontFamily, fontSize: fonts.medium.fontSize },
    title: { ...fonts.xLarge, margin: '0 0 8px', color: semanticColors.bodyText, overflowWrap: 'break-word' },
    titleHidden: hiddenContentStyle,
    previewNote: { margin: '0 0 8px', fontStyle: 'italic' },
    waitNote: { margin: '4px 0 0', color: semanticColors.bodySubtext }
  });
});
