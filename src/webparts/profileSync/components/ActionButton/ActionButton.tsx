import * as React from 'react';
import { ITheme } from '@fluentui/react/lib/Styling';
import { getClassName } from './ActionButton.styles';

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
  return (
    <button type="button" className={getClassName(props.theme, !!props.primary)} disabled={props.disabled} onClick={props.onClick} data-action={props.action}>
      {props.children}
    </button>
  );
}
