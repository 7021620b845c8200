import { hiddenContentStyle, ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

export const getClassNames = memoizeFunction((theme: ITheme): Record<'section' | 'links' | 'link' | 'newTab', string> => mergeStyleSets({
  section: sectionStyles(theme).section,
  links: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', listStyle: 'none', padding: 0, margin: 0 },
  // A plain link in the theme's link colours (Fluent's Link would add its whole component for this).
  link: {
    color: theme.semanticColors.link,
    textDecoration: 'underline',
    selectors: {
      ':hover, :active': { color: theme.semanticColors.linkHovered },
      ':focus-visible': { outline: `2px solid ${theme.palette.neutralPrimary}`, outlineOffset: '2px' }
    }
  },
  // Read by screen readers after the link text; sighted users see the link open.
  newTab: hiddenContentStyle
}));
