import { hiddenContentStyle, ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

export const getClassNames = memoizeFunction((theme: ITheme): Record<'section' | 'links' | 'newTab', string> => mergeStyleSets({
  section: sectionStyles(theme).section,
  links: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', listStyle: 'none', padding: 0, margin: 0 },
  // Read by screen readers after the link text; sighted users see the link open.
  newTab: hiddenContentStyle
}));
