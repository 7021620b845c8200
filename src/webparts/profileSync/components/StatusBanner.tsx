import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { ProfileSyncClassNames } from './styles';

export type BannerKind = 'success' | 'warning' | 'error';

const ICONS: Record<BannerKind, string> = { success: 'Completed', warning: 'Warning', error: 'ErrorBadge' };

/**
 * The verdict or the failure, in the theme's message colours with an icon and words (colour is
 * never the only signal). Rendered at once, unlike MessageBar's delayed text, so the verdict shows
 * as soon as it is known; the surrounding live region announces it.
 */
export function StatusBanner(props: { kind: BannerKind; classNames: ProfileSyncClassNames; children: React.ReactNode }): JSX.Element {
  const { kind, classNames } = props;
  return (
    <div className={`${classNames.banner} ${classNames[kind]}`} data-banner={kind}>
      <FontIcon iconName={ICONS[kind]} aria-hidden={true} className={classNames.bannerIcon} />
      <div className={classNames.bannerText}>{props.children}</div>
    </div>
  );
}
