import { IRawStyle, ITheme } from '@fluentui/react/lib/Styling';

/** The spacing and heading every section below the verdict shares (findings, photos, table, links). */
export function sectionStyles(theme: ITheme): { section: IRawStyle; sectionHeading: IRawStyle } {
  return {
    section: { marginTop: 16 },
    sectionHeading: { ...theme.fonts.large, margin: '0 0 8px', color: theme.semanticColors.bodyText }
  };
}
