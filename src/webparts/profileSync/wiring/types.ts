import type { SPFI } from '@pnp/sp';
import type { RunCheck } from '../../../check';
import type { BrowserFetch, GraphFetch } from '../../../sources';
import type { IPhotoSync } from '../../../sync';

/**
 * Where the services reach SharePoint and Microsoft Graph: SPFx's clients on a SharePoint page, plain
 * `fetch` against the fake tenant in the harness. Everything else is built from these.
 */
export interface ServiceConnection {
  /** PnPjs set up for the site: `spfi().using(SPFx(context))`, or `SPBrowser` on the fake tenant. */
  sp: SPFI;
  siteUrl: string;
  /** Graph requests by path (`/me`), signed by SPFx's AadHttpClient on a page. */
  graphFetch: GraphFetch;
  /** The browser's own fetch, for the photo bytes on the site. */
  fetch: BrowserFetch;
}

/** Who is signed in, as the page knows it before any request (SPFx's `pageContext.user`). */
export interface SignedInUser {
  loginName?: string;
  email?: string;
}

export interface ServiceInputs extends ServiceConnection {
  user: SignedInUser;
  /** Where verdicts are kept between page views (`window.localStorage`); without it every view asks. */
  storage?: Storage;
}

/** What the web part's properties and the page's mode ask for; read again on every render. */
export interface ViewSettings {
  /** Graph field names to compare. */
  fields: readonly string[];
  cacheLifetimeMinutes: number;
  editMode: boolean;
  /** The state a site owner chose to preview, or 'none'. */
  preview?: string;
}

/** What the root component gets for one render. */
export interface ViewServices {
  runCheck: RunCheck;
  /** True while a site owner previews sample data. */
  previewing: boolean;
  /** "Sync my photo"; none while previewing (sample data is nobody's profile). */
  photoSync?: IPhotoSync;
}

/** The web part's services for the page's life. */
export interface ProfileSyncServices {
  forView(settings: ViewSettings): ViewServices;
}
