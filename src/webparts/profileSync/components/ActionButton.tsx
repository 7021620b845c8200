import * as React from 'react';
import { ITheme, mergeStyles } from '@fluentui/react/lib/Styling';

export interface IActionButtonProps {
  primary?: boolean;
  disabled?: boolean;
  onClick(): void;
  theme: ITheme;
  /** `data-action` hook for tests and monitoring. */
  action: string;
  children: React.ReactNode;
}

/**
 * A plain button in the theme's colours. Fluent UI's Button brings its menu, focus-zone and
 * positioning code (about 30 kB gzip) that two buttons here never use; the bundle is budgeted.
 */
export function ActionButton(props: IActionButtonProps): JSX.Element {
  const { palette, semanticColors, fonts } = props.theme;
  const className = React.useMemo(() => mergeStyles({
    ...fonts.medium,
    fontWeight: 600,
    minHeight: 32,
    padding: '0 16px',
    borderRadius: 2,
    cursor: 'pointer',
    border: `1px solid ${props.primary ? semanticColors.primaryButtonBackground : semanticColors.buttonBorder}`,
    color: props.primary ? semanticColors.primaryButtonText : semanticColors.buttonText,
    background: props.primary ? semanticColors.primaryButtonBackground : semanticColors.buttonBackground,
    selectors: {
      ':hover': { background: props.primary ? semanticColors.primaryButtonBackgroundHovered : semanticColors.buttonBackgroundHovered },
      ':focus-visible': { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: '2px' },
      ':disabled': {
        cursor: 'default',
        background: semanticColors.buttonBackgroundDisabled,
        color: semanticColors.buttonTextDisabled,
        borderColor: semanticColors.buttonBackgroundDisabled
      }
    }
  }), [props.primary, palette, semanticColors, fonts]);
  return (
    <button type="button" className={className} disabled={props.disabled} onClick={props.onClick} data-action={props.action}>
      {props.children}
    </button>
  );
}
