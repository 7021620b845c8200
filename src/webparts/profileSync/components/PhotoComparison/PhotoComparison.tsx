import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { ITheme } from '@fluentui/react/lib/Styling';
import type { PhotoView } from '../../../../check';
import type { PhotoMatch } from '../../../../profile';
import { safeUrl } from '../../../../urls';
import { usePhotoUrl } from '../../hooks/usePhotoUrl';
import { initialsOf } from '../../text/initials';
import { getClassNames, initialsColours } from './PhotoComparison.styles';

export interface IPhotoComparisonProps {
  sharePoint?: PhotoView;
  microsoft365?: PhotoView;
  match?: PhotoMatch;
  /** A sentence about when SharePoint last updated the photo, when known. */
  updatedNote?: string;
  /** The user's display name, for the initials shown where there is no photo (as Microsoft 365 does). */
  displayName?: string;
  allowedOrigins: readonly string[];
  theme: ITheme;
  /** Other words than "your photos" (the organisation view shows a colleague's). */
  words?: { heading: string; altSharePoint: string; altMicrosoft365: string };
}

interface IPhotoProps {
  side: 'sharepoint' | 'microsoft365';
  label: string;
  alt: string;
  view?: PhotoView;
  displayName: string;
  allowedOrigins: readonly string[];
  theme: ITheme;
}

function Photo(props: IPhotoProps): JSX.Element {
  const classNames = getClassNames(props.theme);
  const blobUrl = usePhotoUrl(props.view ? props.view.blob : undefined);
  const src = blobUrl || (props.view ? safeUrl(props.view.url, props.allowedOrigins) : undefined);
  // Bytes that are not an image (a corrupt Microsoft 365 photo) must not show a broken image.
  const [failedSrc, setFailedSrc] = React.useState<string | undefined>(undefined);
  const showImage = src !== undefined && src !== failedSrc;
  const initials = initialsOf(props.displayName);
  return (
    <figure className={classNames.photo} data-photo={props.side}>
      {showImage
        ? <div className={classNames.photoFrame}><img src={src} alt={props.alt} onError={() => setFailedSrc(src)} /></div>
        : (
          // Where there is no photo to show, the user's initials as in Microsoft 365; the words say why below.
          <div className={initials ? `${classNames.photoFrame} ${classNames.initials} ${initialsColours(props.displayName)}` : `${classNames.photoFrame} ${classNames.photoEmpty}`}
            data-initials={initials || ''} aria-hidden={true}>{initials}</div>
        )}
      {!showImage && <span className={classNames.photoMissing} data-photo-missing="">{props.view ? strings.PhotoNotLoaded : strings.NoPhoto}</span>}
      <figcaption>{props.label}</figcaption>
    </figure>
  );
}

const MATCH_TEXT: Record<PhotoMatch, string> = {
  same: strings.PhotoSame,
  different: strings.PhotoDifferent,
  unknown: strings.PhotoNotCompared
};

/** The two photos side by side, so a person can judge them even when the page could not compare them. */
export function PhotoComparison(props: IPhotoComparisonProps): JSX.Element {
  const classNames = getClassNames(props.theme);
  const verdict = props.match ? MATCH_TEXT[props.match] : undefined;
  const words = props.words || { heading: strings.PhotosHeading, altSharePoint: strings.PhotoAltSharePoint, altMicrosoft365: strings.PhotoAltMicrosoft365 };
  return (
    <section className={classNames.section}>
      <h3 className={classNames.sectionHeading}>{words.heading}</h3>
      <div className={classNames.photos}>
        <Photo side="sharepoint" label={strings.PhotoInSharePoint} alt={words.altSharePoint} view={props.sharePoint}
          displayName={props.displayName || ''} allowedOrigins={props.allowedOrigins} theme={props.theme} />
        <Photo side="microsoft365" label={strings.PhotoInMicrosoft365} alt={words.altMicrosoft365} view={props.microsoft365}
          displayName={props.displayName || ''} allowedOrigins={props.allowedOrigins} theme={props.theme} />
      </div>
      {verdict && <p className={classNames.photoVerdict}>{verdict}</p>}
      {props.updatedNote && <p>{props.updatedNote}</p>}
    </section>
  );
}
