import * as React from 'react';
import { ProfileSyncClassNames } from './styles';
import * as strings from 'ProfileSyncWebPartStrings';
import { PhotoMatch, PhotoView } from '../../../check/types';
import { safeUrl } from '../../../urls/safeUrl';
import { usePhotoUrl } from './usePhotoUrl';

export interface IPhotoComparisonProps {
  sharePoint?: PhotoView;
  microsoft365?: PhotoView;
  match?: PhotoMatch;
  /** A sentence about when SharePoint last updated the photo, when known. */
  updatedNote?: string;
  allowedOrigins: readonly string[];
  classNames: ProfileSyncClassNames;
}

function Photo(props: { label: string; alt: string; view?: PhotoView; allowedOrigins: readonly string[]; classNames: ProfileSyncClassNames; side: string }): JSX.Element {
  const blobUrl = usePhotoUrl(props.view ? props.view.blob : undefined);
  const src = blobUrl || (props.view ? safeUrl(props.view.url, props.allowedOrigins) : undefined);
  // Bytes that are not an image (a corrupt Microsoft 365 photo) must not show a broken image.
  const [failedSrc, setFailedSrc] = React.useState<string | undefined>(undefined);
  const showImage = src !== undefined && src !== failedSrc;
  return (
    <figure className={props.classNames.photo} data-photo={props.side}>
      <div className={showImage ? props.classNames.photoFrame : `${props.classNames.photoFrame} ${props.classNames.photoEmpty}`}>
        {showImage
          ? <img src={src} alt={props.alt} onError={() => setFailedSrc(src)} />
          : <span>{props.view ? strings.PhotoNotLoaded : strings.NoPhoto}</span>}
      </div>
      <figcaption>{props.label}</figcaption>
    </figure>
  );
}

/** The two photos side by side, so a person can judge them even when the page could not compare them. */
export function PhotoComparison(props: IPhotoComparisonProps): JSX.Element {
  const verdict = props.match === 'same' ? strings.PhotoSame
    : props.match === 'different' ? strings.PhotoDifferent
      : props.match === 'unknown' ? strings.PhotoNotCompared : undefined;
  return (
    <section className={props.classNames.section}>
      <h3 className={props.classNames.sectionHeading}>{strings.PhotosHeading}</h3>
      <div className={props.classNames.photos}>
        <Photo side="sharepoint" label={strings.PhotoInSharePoint} alt={strings.PhotoAltSharePoint} view={props.sharePoint}
          allowedOrigins={props.allowedOrigins} classNames={props.classNames} />
        <Photo side="microsoft365" label={strings.PhotoInMicrosoft365} alt={strings.PhotoAltMicrosoft365} view={props.microsoft365}
          allowedOrigins={props.allowedOrigins} classNames={props.classNames} />
      </div>
      {verdict && <p className={props.classNames.photoVerdict}>{verdict}</p>}
      {props.updatedNote && <p>{props.updatedNote}</p>}
    </section>
  );
}
