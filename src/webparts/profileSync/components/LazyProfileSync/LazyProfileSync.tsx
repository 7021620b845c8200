import * as React from 'react';
import * as strings from 'ProfileSyncWebPartStrings';
import type { IProfileSyncProps } from '../ProfileSync';

type ViewModule = { default: React.ComponentType<IProfileSyncProps> };

const importView = (): Promise<ViewModule> => import(/* webpackChunkName: 'profile-sync-view' */ '../ProfileSync');

let loading: Promise<ViewModule> | undefined;

/**
 * Starts loading the view (chunk 'profile-sync-view': the verdict, its styles, Fluent UI) once per
 * page. The web part calls it at its start, so the view loads while the first check's requests are in
 * flight instead of before them. A failed load is tried once more: a page with no view shows nothing.
 */
export function loadProfileSync(): Promise<ViewModule> {
  if (!loading) {
    loading = importView().catch(importView);
    loading.catch(() => { loading = undefined; });
  }
  return loading;
}

const View = React.lazy(loadProfileSync);

/** The root component, loaded on demand; until it is there, the words its spinner would say. */
export function LazyProfileSync(props: IProfileSyncProps): JSX.Element {
  return (
    <React.Suspense fallback={<p role="status" data-profile-sync-loading="">{strings.Loading}</p>}>
      <View {...props} />
    </React.Suspense>
  );
}
