import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';

/** Every colour comes from the theme, so section backgrounds and dark themes stay readable. */
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type
export function profileSyncClassNames(theme: ITheme) {
  const { palette, semanticColors, fonts } = theme;
  return mergeStyleSets({
    root: { color: semanticColors.bodyText, fontFamily: fonts.medium.fontFamily, fontSize: fonts.medium.fontSize },
    title: { ...fonts.xLarge, margin: '0 0 8px', color: semanticColors.bodyText },
    footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginTop: 16 },
    banner: { display: 'flex', gap: 10, alignItems: 'flex-start', padding: '10px 14px', fontSize: fonts.large.fontSize, selectors: { p: { margin: '4px 0 0', fontSize: fonts.medium.fontSize } } },
    success: { background: semanticColors.successBackground, color: semanticColors.messageText },
    warning: { background: semanticColors.warningBackground, color: semanticColors.messageText },
    error: { background: semanticColors.errorBackground, color: semanticColors.messageText },
    bannerIcon: { fontSize: 20, lineHeight: '24px', flexShrink: 0 },
    bannerText: { lineHeight: '24px', minWidth: 0, overflowWrap: 'anywhere', selectors: { strong: { fontWeight: 600 } } },
    photoSync: { marginTop: 12, display: 'grid', gap: 8 },
    photoSyncAction: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 },
    copyDetails: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 },
    copyText: { width: '100%', minHeight: 160, fontFamily: 'monospace', fontSize: fonts.small.fontSize, color: semanticColors.inputText, background: semanticColors.inputBackground },
    previewNote: { margin: '0 0 8px', fontStyle: 'italic' },
    checkedAt: { color: semanticColors.bodySubtext, fontSize: fonts.small.fontSize },
    section: { marginTop: 16 },
    sectionHeading: { ...fonts.large, margin: '0 0 8px', color: semanticColors.bodyText },
    findings: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
    finding: {
      borderLeft: `4px solid ${palette.themePrimary}`, padding: '8px 12px', background: semanticColors.bodyStandoutBackground,
      selectors: { p: { margin: '4px 0' } }
    },
    findingWarning: { borderLeftColor: semanticColors.severeWarningIcon },
    findingInfo: { borderLeftColor: semanticColors.infoIcon },
    note: { marginTop: 8, padding: '8px 12px', selectors: { p: { margin: '4px 0' } } },
    findingTitle: { fontWeight: 600, margin: 0, fontSize: fonts.mediumPlus.fontSize },
    findingSeverity: { fontWeight: 600, marginRight: 4 },
    values: { margin: '4px 0', display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 8, selectors: { dd: { margin: 0, overflowWrap: 'anywhere' } } },
    photos: { display: 'flex', flexWrap: 'wrap', gap: 24, margin: 0 },
    photo: { margin: 0, textAlign: 'center', minWidth: 96 },
    photoFrame: {
      width: 72, height: 72, borderRadius: '50%', overflow: 'hidden', margin: '0 auto 4px', display: 'flex', alignItems: 'center',
      justifyContent: 'center', boxSizing: 'border-box', color: semanticColors.bodyText, fontSize: fonts.small.fontSize, textAlign: 'center',
      selectors: { img: { width: '100%', height: '100%', objectFit: 'cover' } }
    },
    // "No photo" sits on the section's own background, so it reads on every section variant.
    photoEmpty: { border: `1px dashed ${semanticColors.bodyText}` },
    photoVerdict: { marginTop: 8 },
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
    },
    links: { display: 'flex', flexWrap: 'wrap', gap: 16, listStyle: 'none', padding: 0, margin: 0 }
  });
}
export type ProfileSyncClassNames = ReturnType<typeof profileSyncClassNames>;
