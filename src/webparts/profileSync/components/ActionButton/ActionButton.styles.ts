import { ITheme, mergeStyles } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** A primary or a default button in the theme's button colours, with a visible keyboard focus. */
export const getClassName = memoizeFunction((theme: ITheme, primary: boolean): string => {
  const { palette, semanticColors, fonts } = theme;
  return mergeStyles({
    ...fonts.medium,
    fontWeight: 600,
    minHeight: 32,
    padding: '0 16px',
    borderRadius: 2,
    cursor: 'pointer',
    border: `1px solid ${primary ? semanticColors.primaryButtonBackground : semanticColors.buttonBorder}`,
    color: primary ? semanticColors.primaryButtonText : semanticColors.buttonText,
    background: primary ? semanticColors.primaryButtonBackground : semanticColors.buttonBackground,
    selectors: {
      ':hover': { background: primary ? semanticColors.primaryButtonBackgroundHovered : semanticColors.buttonBackgroundHovered },
      ':focus-visible': { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: '2px' },
      // aria-disabled, not :disabled: see ActionButton.tsx. The hover colour must not suggest it works.
      '&[aria-disabled="true"], &[aria-disabled="true"]:hover': {
        cursor: 'default',
        background: semanticColors.buttonBackgroundDisabled,
        color: semanticColors.buttonTextDisabled,
        borderColor: semanticColors.buttonBackgroundDisabled
      }
    }
  });
});
