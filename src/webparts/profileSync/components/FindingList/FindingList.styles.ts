import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

type FindingListClass = 'section' | 'sectionHeading' | 'findings' | 'finding' | 'findingWarning' | 'findingInfo' | 'note' | 'findingTitle' | 'values';

/** A finding's edge says its severity in the theme's icon colours; the words say it too. */
export const getClassNames = memoizeFunction((theme: ITheme): Record<FindingListClass, string> => {
  const { palette, semanticColors, fonts } = theme;
  return mergeStyleSets({
    ...sectionStyles(theme),
    findings: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
    finding: {
      borderLeft: `4px solid ${palette.themePrimary}`, padding: '8px 12px', background: semanticColors.bodyStandoutBackground,
      selectors: { p: { margin: '4px 0' } }
    },
    // The warning banner's own colours (light and dark, every section), so a warning looks like one warning.
    findingWarning: { borderLeftColor: semanticColors.messageText, background: semanticColors.warningBackground, color: semanticColors.messageText },
    findingInfo: { borderLeftColor: semanticColors.infoIcon },
    note: { marginTop: 8, padding: '8px 12px', selectors: { p: { margin: '4px 0' } } },
    findingTitle: { fontWeight: 600, margin: 0, fontSize: fonts.mediumPlus.fontSize },
    values: {
      margin: '4px 0', display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 8,
      selectors: { dd: { margin: 0, overflowWrap: 'anywhere' } }
    }
  });
});
