import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/font-icons-mdl2';
import { createTheme, loadTheme } from '@fluentui/react/lib/Styling';
import { spfi, SPBrowser } from '@pnp/sp';
import { ProfileSources } from '../../src/check/checkProfile';
import { BrowserCheckCache } from '../../src/check/checkCache';
import { profileChecker, RunCheck } from '../../src/check/ProfileChecker';
import { COMPARED_FIELDS } from '../../src/profile';
import { GraphProfileSource } from '../../src/sources/graph/GraphProfileSource';
import { SharePointProfileSource } from '../../src/sources/sharePoint/SharePointProfileSource';
import { CanvasPhotoDecoder } from '../../src/sources/photos/CanvasPhotoDecoder';
import { LazyPhotoSync } from '../../src/sync/LazyPhotoSync';
import ProfileSync from '../../src/webparts/profileSync/components/ProfileSync';
import { DEFAULT_LINKS } from '../../src/webparts/profileSync/webPartSettings';
import { PAGE_THEMES } from './themes';
import { PersonaSummary, TenantBar } from './TenantBar';

const params = new URLSearchParams(window.location.search);
const persona = params.get('persona') || 'in-sync';
const lang = (params.get('lang') || 'en-us').toLowerCase() === 'nb-no' ? 'nb-no' : 'en-us';
const themeName = params.get('theme') === 'dark' ? 'dark' : 'light';

initializeIcons('/fonts/');
const theme = createTheme(PAGE_THEMES[themeName]);
loadTheme(theme);
document.documentElement.lang = lang === 'nb-no' ? 'nb' : 'en';
document.body.style.background = theme.semanticColors.bodyBackground;

// The same sources as in SharePoint, only pointed at the fake tenant's base URLs for this persona.
const origin = window.location.origin;
const siteUrl = `${origin}/u/${encodeURIComponent(persona)}/sp`;
const graphUrl = `${origin}/u/${encodeURIComponent(persona)}/graph`;
const sources: ProfileSources = {
  sharePoint: new SharePointProfileSource(spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl })), siteUrl, (url, init) => fetch(url, init)),
  graph: new GraphProfileSource((path, init) => fetch(`${graphUrl}${path}`, init)),
  decoder: new CanvasPhotoDecoder()
};
const photoSync = new LazyPhotoSync(sources);
// Like SPFx's page context, the page knows who the user is before the web part asks anything.
function checkerFor(account: string | undefined): RunCheck {
  const minutes = Number(params.get('cacheMinutes') || 60);
  return profileChecker(sources, new BrowserCheckCache(window.localStorage, persona), {
    fields: COMPARED_FIELDS, account, cacheLifetimeMs: (isFinite(minutes) ? minutes : 60) * 60000
  });
}

function Page(props: { personas: readonly PersonaSummary[]; runCheck: RunCheck }): JSX.Element {
  return (
    <>
      <TenantBar persona={persona} lang={lang} theme={themeName} personas={props.personas} />
      <main style={{ maxWidth: 880, margin: '24px auto', padding: '0 16px' }}>
        <ProfileSync
          title=""
          runCheck={props.runCheck}
          showOnlyWhenDifferent={false}
          isEditMode={false}
          links={{ editProfile: DEFAULT_LINKS.editProfileUrl, photoHelp: DEFAULT_LINKS.photoHelpUrl, propertyHelp: DEFAULT_LINKS.propertyHelpUrl }}
          locale={lang === 'nb-no' ? 'nb-NO' : 'en-US'}
          allowedOrigins={[origin]}
          theme={theme}
          photoSync={photoSync}
        />
      </main>
    </>
  );
}

const container = document.getElementById('app');
fetch('/__tenant/personas')
  .then((response) => (response.ok ? response.json() : []))
  .catch(() => [])
  .then((personas: PersonaSummary[]) => {
    const me = personas.filter((p) => p.name === persona)[0];
    ReactDom.render(<Page personas={personas} runCheck={checkerFor(me && me.userPrincipalName)} />, container);
  });
