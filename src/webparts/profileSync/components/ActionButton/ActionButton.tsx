import * as React from 'react';
import { ITheme } from '@fluentui/react/lib/Styling';
import { getClassName } from './ActionButton.styles';

export interface IActionButtonProps {
  primary?: boolean;
  /** Busy or not available now: it stays focusable (aria-disabled) and ignores presses. */
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
 *
 * Never the `disabled` attribute: a button that becomes disabled while focused drops keyboard focus
 * to the page, and a screen-reader user loses their place. aria-disabled keeps it focusable and says
 * it is unavailable; the press is ignored here instead.
 */
export function ActionButton(props: IActionButtonProps): JSX.Element {
  const { disabled, onClick } = props;
  const press = (): void => { if (!disabled) onClick(); };
  return (
    <button type="button" className={getClassName(props.theme, !!props.primary)} aria-disabled={disabled ? true : undefined} onClick={press}
      data-action={props.action}>
      {props.children}
    </button>
  );
}
