import { IPartialTheme } from '@fluentui/react/lib/Styling';

// The two page themes the fake tenant offers; SharePoint's own default is close to `light`.
export const PAGE_THEMES: Record<string, IPartialTheme> = {
  light: {
    palette: {
      themePrimary: '#0f6cbd', themeLighterAlt: '#f3f8fc', themeLighter: '#d0e3f4', themeLight: '#a9cbea',
      themeTertiary: '#5e9dd5', themeSecondary: '#2479c4', themeDarkAlt: '#0e61aa', themeDark: '#0c528f',
      themeDarker: '#093c6a', neutralLighterAlt: '#faf9f8', neutralLighter: '#f3f2f1', neutralLight: '#edebe9',
      neutralQuaternaryAlt: '#e1dfdd', neutralQuaternary: '#d0d0d0', neutralTertiaryAlt: '#c8c6c4',
      neutralTertiary: '#a19f9d', neutralSecondary: '#605e5c', neutralPrimaryAlt: '#3b3a39',
      neutralPrimary: '#323130', neutralDark: '#201f1e', black: '#000000', white: '#ffffff'
    }
  },
  dark: {
    isInverted: true,
    palette: {
      themePrimary: '#479ef5', themeLighterAlt: '#03060a', themeLighter: '#0b1927', themeLight: '#15304a',
      themeTertiary: '#2b5f93', themeSecondary: '#3e8bd8', themeDarkAlt: '#58a7f6', themeDark: '#72b5f7',
      themeDarker: '#98c9fa', neutralLighterAlt: '#262626', neutralLighter: '#2f2f2f', neutralLight: '#3d3d3d',
      neutralQuaternaryAlt: '#464646', neutralQuaternary: '#4d4d4d', neutralTertiaryAlt: '#6b6b6b',
      neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralPrimaryAlt: '#dadada',
      neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
    }
  }
};
