import { hiddenContentStyle, ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

type ViewClass = 'root' | 'title' | 'titleHidden' | 'intro' | 'note' | 'actions';

/** Every colour from the theme, so section backgrounds, dark themes and Teams stay readable. */
export const getClassNames = memoizeFunction((theme: ITheme): Record<ViewClass, string> => {
  const { semanticColors, fonts } = theme;
  return mergeStyleSets({
    root: { color: semanticColors.bodyText, fontFamily: fonts.medium.fontFamily, fontSize: fonts.medium.fontSize, minWidth: 0, overflowWrap: 'break-word' },
    title: { ...fonts.xLarge, margin: '0 0 8px', color: semanticColors.bodyText },
    titleHidden: hiddenContentStyle,
    intro: { margin: '0 0 8px' },
    note: { margin: '8px 0', color: semanticColors.bodyText },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }
  });
});
