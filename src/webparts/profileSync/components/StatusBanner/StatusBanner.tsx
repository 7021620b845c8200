import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { ITheme } from '@fluentui/react/lib/Styling';
import { getClassNames } from './StatusBanner.styles';

export type BannerKind = 'success' | 'warning' | 'error';

const ICONS: Record<BannerKind, string> = { success: 'Completed', warning: 'Warning', error: 'ErrorBadge' };

export interface IStatusBannerProps {
  kind: BannerKind;
  theme: ITheme;
  children: React.ReactNode;
}

/**
 * The verdict or the failure, in the theme's message colours with an icon and words (colour is
 * never the only signal). Rendered at once, unlike MessageBar's delayed text, so the verdict shows
 * as soon as it is known; the surrounding live region announces it.
 */
export function StatusBanner(props: IStatusBannerProps): JSX.Element {
  const { kind } = props;
  const classNames = getClassNames(props.theme);
  return (
    <div className={`${classNames.banner} ${classNames[kind]}`} data-banner={kind}>
      <FontIcon iconName={ICONS[kind]} aria-hidden={true} className={classNames.bannerIcon} />
      <div className={classNames.bannerText}>{props.children}</div>
    </div>
  );
}
