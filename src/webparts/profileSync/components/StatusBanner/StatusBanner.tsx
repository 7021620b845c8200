import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { ITheme } from '@fluentui/react/lib/Styling';
import { getClassNames } from './StatusBanner.styles';

export type BannerKind = 'success' | 'warning' | 'error';

const ICONS: Record<BannerKind, string> = { success: 'Completed', warning: 'Warning', error: 'ErrorBadge' };

export interface IStatusBannerProps {
  kind: BannerKind;
  theme: ITheme;
  /**
   * The page moves focus here when a check the user started ends (tabIndex -1: reachable by script,
   * not a tab stop of its own).
   */
  focusable?: boolean;
  /**
   * The same words and icon without the coloured box: one banner at a time, so a message that gave
   * the banner back to the verdict stays readable beside it. The same elements either way, so a live
   * region around it does not announce it again when it turns quiet.
   */
  quiet?: boolean;
  children: React.ReactNode;
}

/**
 * The verdict or the failure, in the theme's message colours with an icon and words (colour is
 * never the only signal). Rendered at once, unlike MessageBar's delayed text, so the verdict shows
 * as soon as it is known; the surrounding live region announces it.
 */
export const StatusBanner = React.forwardRef<HTMLDivElement, IStatusBannerProps>(function StatusBanner(props, ref) {
  const { kind, quiet } = props;
  const classNames = getClassNames(props.theme);
  return (
    <div ref={ref} className={quiet ? `${classNames.quiet} ${classNames.quietKind}` : `${classNames.banner} ${classNames[kind]}`}
      data-banner={quiet ? undefined : kind} data-note={quiet ? kind : undefined} tabIndex={props.focusable ? -1 : undefined}>
      <FontIcon iconName={ICONS[kind]} aria-hidden={true} className={classNames.bannerIcon} />
      <div className={classNames.bannerText}>{props.children}</div>
    </div>
  );
});
