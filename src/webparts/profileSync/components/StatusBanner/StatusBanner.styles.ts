import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import type { BannerKind } from './StatusBanner';

type StatusBannerClass = 'banner' | BannerKind | 'quiet' | 'quietKind' | 'bannerIcon' | 'bannerText';

/** The theme's message colours, so the banner reads on every section background. */
export const getClassNames = memoizeFunction((theme: ITheme): Record<StatusBannerClass, string> => {
  const { semanticColors, fonts, palette } = theme;
  // Focus moves here after a check the user started (ProfileSync): show where it is.
  const focused = { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: 2 };
  return mergeStyleSets({
    banner: {
      display: 'flex', gap: 10, alignItems: 'flex-start', padding: '10px 14px', fontSize: fonts.large.fontSize,
      // Invisible in colour; in forced colours (Windows high contrast) it becomes the banner's only outline.
      border: '1px solid transparent',
      selectors: { p: { margin: '4px 0 0', fontSize: fonts.medium.fontSize }, ':focus': focused }
    },
    quiet: {
      display: 'flex', gap: 10, alignItems: 'flex-start', padding: '4px 0', fontSize: fonts.medium.fontSize,
      selectors: { p: { margin: '4px 0 0' }, ':focus': focused }
    },
    quietKind: { color: semanticColors.bodyText },
    success: { background: semanticColors.successBackground, color: semanticColors.messageText },
    warning: { background: semanticColors.warningBackground, color: semanticColors.messageText },
    error: { background: semanticColors.errorBackground, color: semanticColors.messageText },
    bannerIcon: { fontSize: 20, lineHeight: '24px', flexShrink: 0 },
    bannerText: { lineHeight: '24px', minWidth: 0, overflowWrap: 'anywhere', selectors: { strong: { fontWeight: 600 } } }
  });
});
