import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

export const getClassNames = memoizeFunction((theme: ITheme): Record<'section' | 'table' | 'rowDiffers', string> => {
  const { semanticColors, fonts } = theme;
  return mergeStyleSets({
    section: sectionStyles(theme).section,
    table: {
      borderCollapse: 'collapse', width: '100%',
      selectors: {
        'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${semanticColors.bodyDivider}`, verticalAlign: 'top' },
        // Profile values can be long unbroken text; labels and the status word never break mid-word.
        'td:nth-child(2), td:nth-child(3)': { overflowWrap: 'anywhere', wordBreak: 'break-word' },
        'th, td:last-child': { whiteSpace: 'nowrap' },
        caption: { textAlign: 'left', ...fonts.large, paddingBottom: 8 }
      }
    },
    rowDiffers: {
      background: semanticColors.warningBackground,
      selectors: { 'th, td': { color: semanticColors.messageText }, 'td:last-child': { fontWeight: 600 } }
    }
  });
});
