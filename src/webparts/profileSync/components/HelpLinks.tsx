import * as React from 'react';
import { ProfileSyncClassNames } from './styles';
import * as strings from 'ProfileSyncWebPartStrings';
import { Link } from '@fluentui/react/lib/Link';
import { safeUrl } from '../../../urls/safeUrl';

export interface IHelpLinks {
  editProfile: string;
  photoHelp: string;
  propertyHelp: string;
}

export function HelpLinks(props: { links: IHelpLinks; openLink?: (url: string) => void; classNames: ProfileSyncClassNames }): JSX.Element | null {
  const { openLink } = props;
  const items = [
    { href: safeUrl(props.links.editProfile), text: strings.LinkEditProfile },
    { href: safeUrl(props.links.photoHelp), text: strings.LinkPhotoHelp },
    { href: safeUrl(props.links.propertyHelp), text: strings.LinkPropertyHelp }
  ].filter((item) => item.href !== undefined);
  if (items.length === 0) return null;
  return (
    <nav className={props.classNames.section} aria-label={strings.LinksHeading}>
      <ul className={props.classNames.links}>
        {items.map((item) => (
          <li key={item.text}>
            <Link href={item.href} target="_blank" rel="noopener noreferrer"
              onClick={openLink ? (event) => { event.preventDefault(); openLink(item.href as string); } : undefined}>{item.text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
