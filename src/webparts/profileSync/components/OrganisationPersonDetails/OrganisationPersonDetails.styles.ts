import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

export const getClassNames = memoizeFunction((theme: ITheme): Record<'section' | 'sectionHeading' | 'header' | 'account' | 'findingsHeading', string> => {
  const { semanticColors } = theme;
  return mergeStyleSets({
    ...sectionStyles(theme),
    section: { ...sectionStyles(theme).section, padding: 12, border: `1px solid ${semanticColors.bodyDivider}`, overflowWrap: 'anywhere' },
    header: { display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between', alignItems: 'flex-start' },
    account: { margin: '0 0 8px', color: semanticColors.bodySubtext },
    findingsHeading: { ...theme.fonts.mediumPlus, margin: '8px 0 4px' }
  });
});
