import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

type TableClass = 'section' | 'sectionHeading' | 'controls' | 'control' | 'label' | 'input' | 'showing' | 'row' | 'rowWarning' | 'who' | 'name' | 'account' | 'findings' | 'verdict' | 'source' | 'open';

/** As PropertyTable: below this width of the web part itself, each row stacks its parts. */
const STACK_BELOW = '(max-width: 599px)';

export const getClassNames = memoizeFunction((theme: ITheme): Record<TableClass, string> => {
  const { semanticColors } = theme;
  return mergeStyleSets({
    ...sectionStyles(theme),
    section: { ...sectionStyles(theme).section, containerType: 'inline-size' },
    controls: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', marginBottom: 8 },
    control: { flex: '1 1 12em', minWidth: 0, maxWidth: '100%' },
    label: { display: 'block', fontWeight: 600, marginBottom: 4 },
    // The theme's input colours, and a visible focus ring (2 px) in its focus colour.
    input: {
      boxSizing: 'border-box', width: '100%', minHeight: 32, padding: '4px 8px', font: 'inherit',
      color: semanticColors.inputText, background: semanticColors.inputBackground,
      border: `1px solid ${semanticColors.inputBorder}`, borderRadius: 2,
      selectors: {
        ':hover': { borderColor: semanticColors.inputBorderHovered },
        ':focus': { outline: `2px solid ${semanticColors.inputFocusBorderAlt}`, outlineOffset: 0 }
      }
    },
    showing: { margin: '4px 0 8px', color: semanticColors.bodySubtext },
    row: {
      display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) max-content', columnGap: 12, alignItems: 'center',
      padding: '6px 8px', borderBottom: `1px solid ${semanticColors.bodyDivider}`, overflowWrap: 'anywhere',
      [`@container ${STACK_BELOW}`]: { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: 4 }
    },
    rowWarning: { borderLeft: `4px solid ${semanticColors.warningIcon || semanticColors.errorText}` },
    who: { minWidth: 0 },
    name: { fontWeight: 600, display: 'block' },
    account: { display: 'block', color: semanticColors.bodySubtext },
    findings: { minWidth: 0 },
    verdict: { display: 'block' },
    source: { display: 'block', color: semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    open: { justifySelf: 'start' }
  });
});
