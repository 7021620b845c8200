import { hiddenContentStyle, ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

type PropertyTableClass = 'section' | 'sectionHeading' | 'table' | 'head' | 'row' | 'rowDiffers' | 'cellLabel' | 'cellValue' | 'unread';

/**
 * Below this width of the web part itself (not the window: a narrow page column counts too) the four
 * columns no longer fit their labels and an address, so each row stacks its cells.
 */
const STACK_BELOW = '(max-width: 599px)';

export const getClassNames = memoizeFunction((theme: ITheme): Record<PropertyTableClass, string> => {
  const { semanticColors } = theme;
  return mergeStyleSets({
    ...sectionStyles(theme),
    // The container the query below measures. A browser without container queries keeps the table
    // and lets it scroll inside the web part rather than widen the page.
    section: { ...sectionStyles(theme).section, containerType: 'inline-size', overflowX: 'auto' },
    table: {
      borderCollapse: 'collapse', width: '100%',
      selectors: {
        'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${semanticColors.bodyDivider}`, verticalAlign: 'top' },
        // Values carry break points after "@" and dots; breaking anywhere is the last resort.
        'td[data-side="sharepoint"], td[data-side="microsoft365"]': { overflowWrap: 'anywhere' },
        // Labels and the status word never break mid-word while there are columns.
        'th[scope="row"], td[data-side="status"]': { whiteSpace: 'nowrap' },
        [`@container ${STACK_BELOW}`]: {
          display: 'block',
          selectors: {
            'tbody, tr, th': { display: 'block' },
            'th, td': { padding: 0, border: 0 },
            'th[scope="row"], td[data-side="status"]': { whiteSpace: 'normal' },
            'th[scope="row"]': { fontWeight: 600, marginBottom: 4 },
            td: { display: 'grid', gridTemplateColumns: 'minmax(6em, 35%) minmax(0, 1fr)', columnGap: 8, overflowWrap: 'break-word' }
          }
        }
      }
    },
    head: { [`@container ${STACK_BELOW}`]: hiddenContentStyle },
    row: { [`@container ${STACK_BELOW}`]: { padding: '8px', borderBottom: `1px solid ${semanticColors.bodyDivider}` } },
    rowDiffers: {
      background: semanticColors.warningBackground,
      selectors: { 'th, td': { color: semanticColors.messageText }, 'td[data-side="status"]': { fontWeight: 600 } }
    },
    // The column's name beside each value, shown only when the row is stacked; screen readers use the headers.
    cellLabel: { display: 'none', [`@container ${STACK_BELOW}`]: { display: 'block', color: 'inherit' } },
    cellValue: { minWidth: 0 },
    unread: { fontStyle: 'italic' }
  });
});
