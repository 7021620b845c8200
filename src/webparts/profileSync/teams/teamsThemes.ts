import { IPartialTheme } from '@fluentui/react/lib/Styling';

export type TeamsThemeName = 'default' | 'dark' | 'contrast';

// Teams' own three themes as Fluent UI palettes, so the web part looks native in a Teams tab.
const TEAMS_THEMES: Record<TeamsThemeName, IPartialTheme> = {
  default: {
    palette: {
      themePrimary: '#5b5fc7', themeLighterAlt: '#f7f7fc', themeLighter: '#e1e1f6', themeLight: '#c8c9ee',
      themeTertiary: '#9597dd', themeSecondary: '#6b6fcd', themeDarkAlt: '#5256b3', themeDark: '#454997',
      themeDarker: '#33356f', neutralLighterAlt: '#f5f5f5', neutralLighter: '#f0f0f0', neutralLight: '#e0e0e0',
      neutralQuaternaryAlt: '#d1d1d1', neutralQuaternary: '#c7c7c7', neutralTertiaryAlt: '#c0c0c0',
      neutralTertiary: '#8a8886', neutralSecondary: '#616161', neutralPrimaryAlt: '#3d3d3d',
      neutralPrimary: '#242424', neutralDark: '#1a1a1a', black: '#000000', white: '#ffffff'
    }
  },
  dark: {
    isInverted: true,
    palette: {
      themePrimary: '#7f85f5', themeLighterAlt: '#05050a', themeLighter: '#141527', themeLight: '#262849',
      themeTertiary: '#4c5093', themeSecondary: '#7076d7', themeDarkAlt: '#8c92f6', themeDark: '#9ea3f7',
      themeDarker: '#b8bcf9', neutralLighterAlt: '#292929', neutralLighter: '#333333', neutralLight: '#3d3d3d',
      neutralQuaternaryAlt: '#474747', neutralQuaternary: '#4f4f4f', neutralTertiaryAlt: '#6e6e6e',
      neutralTertiary: '#c8c8c8', neutralSecondary: '#d6d6d6', neutralPrimaryAlt: '#e0e0e0',
      neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
    }
  },
  contrast: {
    isInverted: true,
    palette: {
      themePrimary: '#ffff01', themeLighterAlt: '#000000', themeLighter: '#000000', themeLight: '#000000',
      themeTertiary: '#ffff01', themeSecondary: '#ffff01', themeDarkAlt: '#ffff01', themeDark: '#ffff01',
      themeDarker: '#ffff01', neutralLighterAlt: '#000000', neutralLighter: '#000000', neutralLight: '#000000',
      neutralQuaternaryAlt: '#000000', neutralQuaternary: '#ffffff', neutralTertiaryAlt: '#ffffff',
      neutralTertiary: '#ffffff', neutralSecondary: '#ffffff', neutralPrimaryAlt: '#ffffff',
      neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
    },
    semanticColors: {
      link: '#ffff01', linkHovered: '#ffff01', bodyDivider: '#ffffff',
      successBackground: '#000000', warningBackground: '#000000', errorBackground: '#000000', messageText: '#ffffff',
      infoIcon: '#ffffff', severeWarningIcon: '#ffff01', bodyStandoutBackground: '#000000'
    }
  }
};

/** Teams says "default", "dark" or "contrast"; anything else is treated as the default theme. */
export function teamsTheme(name: string | undefined): IPartialTheme {
  return TEAMS_THEMES[(name === 'dark' || name === 'contrast' ? name : 'default') as TeamsThemeName];
}
