import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

export const getClassNames = memoizeFunction((theme: ITheme): Record<'section' | 'sectionHeading' | 'checked' | 'counts' | 'count' | 'number' | 'warning' | 'sourcesHeading' | 'sources' | 'lag', string> => {
  const { semanticColors } = theme;
  return mergeStyleSets({
    ...sectionStyles(theme),
    checked: { margin: '0 0 8px', fontWeight: 600 },
    counts: { listStyle: 'none', margin: 0, padding: 0 },
    // The number in a column of its own, so a long label wraps beside it at 320 px and 400 % zoom.
    count: { display: 'grid', gridTemplateColumns: 'minmax(3.5em, max-content) minmax(0, 1fr)', columnGap: 8, padding: '4px 0', borderBottom: `1px solid ${semanticColors.bodyDivider}`, overflowWrap: 'break-word' },
    number: { fontWeight: 600, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
    warning: { color: semanticColors.errorText },
    sourcesHeading: { ...theme.fonts.mediumPlus, fontWeight: 600, margin: '16px 0 4px' },
    sources: { margin: 0, paddingLeft: 20 },
    lag: { margin: '8px 0 0', color: semanticColors.bodyText }
  });
});
