import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { sectionStyles } from '../sectionStyles';

export const getClassNames = memoizeFunction((theme: ITheme): Record<'section' | 'links', string> => mergeStyleSets({
  section: sectionStyles(theme).section,
  links: { display: 'flex', flexWrap: 'wrap', gap: 16, listStyle: 'none', padding: 0, margin: 0 }
}));
