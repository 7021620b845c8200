import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

export const getClassNames = memoizeFunction((theme: ITheme): Record<'footer' | 'checkedAt', string> => mergeStyleSets({
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginTop: 16 },
  checkedAt: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize }
}));
