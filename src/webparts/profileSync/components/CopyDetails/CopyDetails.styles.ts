import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

export const getClassNames = memoizeFunction((theme: ITheme): Record<'copyDetails' | 'copyText', string> => {
  const { semanticColors, fonts } = theme;
  return mergeStyleSets({
    copyDetails: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 },
    copyText: {
      width: '100%', boxSizing: 'border-box', minHeight: 160, fontFamily: 'monospace', fontSize: fonts.small.fontSize,
      color: semanticColors.inputText, background: semanticColors.inputBackground
    }
  });
});
