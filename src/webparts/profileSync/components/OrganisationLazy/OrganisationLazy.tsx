import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { IOrganisationPageProps } from '../OrganisationPage';

// The one place the organisation view is loaded: its own chunk, never in the "My profile" view's bundles.
const OrganisationPage = React.lazy(() => import(/* webpackChunkName: 'profile-sync-organisation' */ '../OrganisationPage'));

/** The organisation view, loaded on first render; a spinner until its script has arrived. */
export function OrganisationLazy(props: IOrganisationPageProps): JSX.Element {
  return (
    <React.Suspense fallback={<Spinner size={SpinnerSize.medium} label={strings.OrgLoading} labelPosition="right" />}>
      <OrganisationPage {...props} />
    </React.Suspense>
  );
}
