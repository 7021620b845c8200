import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { ITheme } from '@fluentui/react/lib/Styling';
import { safeUrl } from '../../../../urls';
import { getClassNames } from './HelpLinks.styles';

export interface IHelpLinks {
  editProfile: string;
  photoHelp: string;
  propertyHelp: string;
}

export interface IHelpLinksProps {
  links: IHelpLinks;
  /** In Teams, links open through Teams (in the browser), not inside the tab. */
  openLink?: (url: string) => void;
  theme: ITheme;
}

/**
 * The site owner's learn-more links; an address that is not https is left out. Each opens a new tab
 * (or, in Teams, the browser) and says so to screen readers.
 */
export function HelpLinks(props: IHelpLinksProps): JSX.Element | null {
  const { openLink } = props;
  const classNames = getClassNames(props.theme);
  const items = [
    { href: safeUrl(props.links.editProfile), text: strings.LinkEditProfile },
    { href: safeUrl(props.links.photoHelp), text: strings.LinkPhotoHelp },
    { href: safeUrl(props.links.propertyHelp), text: strings.LinkPropertyHelp }
  ].filter((item) => item.href !== undefined);
  if (items.length === 0) return null;
  return (
    <nav className={classNames.section} aria-label={strings.LinksHeading}>
      <ul className={classNames.links}>
        {items.map((item) => (
          <li key={item.text}>
            {/* Underlined on every section background and in Teams: colour alone does not mark a link. */}
            <a href={item.href} target="_blank" rel="noopener noreferrer" className={classNames.link} data-help-link=""
              onClick={openLink ? (event) => { event.preventDefault(); openLink(item.href as string); } : undefined}>
              {item.text}
              <span className={classNames.newTab}>{` ${strings.LinkOpensInNewTab}`}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
