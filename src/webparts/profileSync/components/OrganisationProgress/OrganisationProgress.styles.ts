import { hiddenContentStyle, ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

export const getClassNames = memoizeFunction((theme: ITheme): Record<'root' | 'wait' | 'hidden', string> => mergeStyleSets({
  root: { margin: '8px 0', overflowWrap: 'break-word' },
  hidden: hiddenContentStyle,
  wait: { margin: '4px 0 0', color: theme.semanticColors.bodySubtext }
}));
