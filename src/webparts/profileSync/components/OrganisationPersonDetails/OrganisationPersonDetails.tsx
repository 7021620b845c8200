import * as React from 'react';
import { organisationStrings as orgStrings } from '../../loc/organisation';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { ITheme } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import type { CompleteCheck } from '../../../../check';
import type { PersonDetails, ScannedPerson } from '../../../../organisation';
import { readProperties } from '../../../../profile';
import type { FindingCode, PropertyReading } from '../../../../profile';
import { countLabel, provenanceText, scanFailureText } from '../../text/organisationText';
import { fillTemplate } from '../../text/fillTemplate';
import { ActionButton } from '../ActionButton';
import { PhotoComparison } from '../PhotoComparison';
import { PropertyTable } from '../PropertyTable';
import { StatusBanner } from '../StatusBanner';
import { getClassNames } from './OrganisationPersonDetails.styles';

export interface IOrganisationPersonDetailsProps {
  person: ScannedPerson;
  /** The full comparison of this person (the scanner's `details`). */
  load(person: ScannedPerson): Promise<PersonDetails>;
  onClose(): void;
  allowedOrigins: readonly string[];
  theme: ITheme;
}

/** Both sides compared, or when one side failed, what the other side answered (as "My profile" shows it). */
function propertyRows(details: PersonDetails): readonly PropertyReading[] {
  if (details.kind === 'complete') return details.properties;
  if (details.kind === 'partial') return readProperties(details.sharePoint, details.graphUser, details.fields);
  return [];
}

/** Each finding code once, in the core's order, in the summary's words. */
function findingWords(details: CompleteCheck): Array<[FindingCode, string]> {
  const codes: FindingCode[] = [];
  details.diagnosis.findings.forEach((finding) => { if (codes.indexOf(finding.code) < 0) codes.push(finding.code); });
  return codes.map((code): [FindingCode, string] => [code, countLabel(code)]);
}

/**
 * One person opened by IT: the photos side by side and property table as the "My profile" view,
 * its findings in the summary's words, with the pixels compared. Takes focus when opened, so keyboard and screen-reader
 * users land on it; Close gives focus back (see OrganisationView).
 */
export function OrganisationPersonDetails(props: IOrganisationPersonDetailsProps): JSX.Element {
  const { person, load, theme } = props;
  const classNames = getClassNames(theme);
  const [headingId] = React.useState(() => getId('organisation-person'));
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const [details, setDetails] = React.useState<PersonDetails | undefined>(undefined);
  React.useEffect(() => {
    let current = true;
    setDetails(undefined);
    load(person).then((loaded) => { if (current) setDetails(loaded); }, () => undefined);
    if (headingRef.current) headingRef.current.focus();
    return () => { current = false; };
  }, [person, load]);
  return (
    <section className={classNames.section} aria-labelledby={headingId} data-person-details={person.id} aria-busy={!details}>
      <div className={classNames.header}>
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className={classNames.sectionHeading}>{person.displayName}</h3>
        <ActionButton action="close-person" onClick={props.onClose} theme={theme}>{orgStrings.OrgCloseDetails}</ActionButton>
      </div>
      <p className={classNames.account}>{person.userPrincipalName}</p>
      {!person.unread && (
        <p data-details-source={person.notInIndex ? 'not-in-index' : person.from || 'profile'}>
          {fillTemplate(orgStrings.OrgDetailsFresh, person.notInIndex ? orgStrings.OrgNotInIndex : provenanceText(person))}
        </p>
      )}
      {!details && <Spinner size={SpinnerSize.medium} label={orgStrings.OrgDetailsLoading} labelPosition="right" />}
      {details && details.kind !== 'complete' && (
        <StatusBanner kind="error" theme={theme}>
          {details.failures.map((failure) => <p key={failure.source} data-failure={failure.source} data-kind={failure.kind}>{scanFailureText(failure)}</p>)}
        </StatusBanner>
      )}
      {/* The "My profile" cards speak to their owner ("your photo"): for a colleague, the summary's words. */}
      {details && details.kind === 'complete' && details.diagnosis.findings.length > 0 && (
        <>
          <h4 className={classNames.findingsHeading}>{orgStrings.OrgDetailsFindings}</h4>
          <ul data-details-findings="">
            {findingWords(details).map(([code, text]) => <li key={code} data-finding={code}>{text}</li>)}
          </ul>
        </>
      )}
      {details && details.kind !== 'failed' && (
        <PhotoComparison sharePoint={details.photos.sharePoint} microsoft365={details.photos.microsoft365}
          match={details.kind === 'complete' ? details.photoMatch : undefined} displayName={person.displayName}
          allowedOrigins={props.allowedOrigins} theme={theme}
          words={{ heading: orgStrings.OrgPhotosHeading, altSharePoint: orgStrings.OrgPhotoAltSharePoint, altMicrosoft365: orgStrings.OrgPhotoAltMicrosoft365 }} />
      )}
      {details && <PropertyTable rows={propertyRows(details)} theme={theme} />}
    </section>
  );
}
