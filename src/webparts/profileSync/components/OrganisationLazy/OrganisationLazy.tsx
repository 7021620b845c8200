import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import type { IOrganisationPageProps } from '../OrganisationPage';

// The one place the organisation view is loaded: its own chunk, never in the "My profile" view's bundles.
// No Fluent UI here: this file is in the first bundle, which the "My profile" view keeps small.
const OrganisationPage = React.lazy(() => import(/* webpackChunkName: 'profile-sync-organisation' */ '../OrganisationPage'));

/** The organisation view, loaded on first render; until its script has arrived, the words its spinner would say. */
export function OrganisationLazy(props: IOrganisationPageProps): JSX.Element {
  return (
    <React.Suspense fallback={<p role="status" data-profile-sync-organisation-loading="">{strings.OrgLoading}</p>}>
      <OrganisationPage {...props} />
    </React.Suspense>
  );
}
