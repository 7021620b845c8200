import { checkService, startedEarly } from '../../../check';
import type { ProfileSources, RunCheck } from '../../../check';
// The class itself, not the sync barrel: the sync's code loads only when someone presses the button.
import { LazyPhotoSync } from '../../../sync/LazyPhotoSync';
import { BrowserPendingPhotoSyncStore } from '../../../sync/pendingPhotoSyncStore';
import { cacheFor } from './checkCache';
import { pagePhotoSyncs, PhotoSyncRegistry } from './photoSyncRegistry';
import { markStart } from '../verdictTiming';
import { previewCheck } from './previewCheck';
import { profileSources } from './profileSources';
import type { ProfileSyncServices, ServiceInputs, SignedInUser, ViewServices, ViewSettings } from './types';

/**
 * The web part's services, built once per web part from plain inputs. The web part passes what the
 * SPFx context gives; the harness passes the fake tenant's URLs, so both run this same wiring.
 */
export function profileSyncServices(inputs: ServiceInputs): ProfileSyncServices {
  return servicesOver(profileSources(inputs), inputs.user, inputs.storage);
}

/** What the services decide, over any sources (fakes in tests). */
export function servicesOver(sources: ProfileSources, user: SignedInUser, storage?: Storage, photoSyncs: PhotoSyncRegistry = pagePhotoSyncs): ProfileSyncServices {
  // Written by the sync, read by the check: a photo SharePoint accepted but does not show yet.
  const userKey = (user.loginName || user.email || '').toLowerCase();
  const pendingPhotoSync = new BrowserPendingPhotoSyncStore(userKey ? storage : undefined, userKey);
  // One per signed-in user for the page's life: re-renders, property changes and other web parts reuse the sync under way.
  const photoSync = photoSyncs.forUser(user, () => new LazyPhotoSync({ ...sources, pendingPhotoSync }));
  let checker: { settings: string; runCheck: RunCheck } | undefined;
  let preview: { state: string; runCheck: RunCheck } | undefined;

  // The same check service while its settings stay the same, so a re-render does not check again.
  // Its first check starts here, before the view has loaded or rendered: the requests do not wait for it.
  const checkFor = (settings: ViewSettings): RunCheck => {
    const key = `${settings.fields.join(',')}|${settings.cacheLifetimeMinutes}`;
    if (!checker || checker.settings !== key) {
      markStart();
      checker = {
        settings: key,
        runCheck: startedEarly(checkService(sources, cacheFor(user, storage, settings.fields), {
          fields: settings.fields,
          account: user.email || user.loginName,
          cacheLifetimeMs: settings.cacheLifetimeMinutes * 60000,
          pendingPhotoSync
        }))
      };
    }
    return checker.runCheck;
  };

  // Only in edit mode: readers always see their own profile, whatever a site owner left selected.
  const previewFor = (settings: ViewSettings): RunCheck | undefined => {
    const state = settings.preview;
    if (!settings.editMode || !state || state === 'none') return undefined;
    if (!preview || preview.state !== state) preview = { state, runCheck: previewCheck(state) };
    return preview.runCheck;
  };

  return {
    forView(settings: ViewSettings): ViewServices {
      const previewing = previewFor(settings);
      return previewing
        ? { runCheck: previewing, previewing: true }
        : { runCheck: checkFor(settings), previewing: false, photoSync };
    }
  };
}
