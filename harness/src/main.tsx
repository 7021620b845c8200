import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/font-icons-mdl2';
import { createTheme, ITheme, loadTheme } from '@fluentui/react/lib/Styling';
import { getNeutralVariant, getSoftVariant, getStrongVariant } from '@fluentui/scheme-utilities';
import { spfi, SPBrowser } from '@pnp/sp';
import { COMPARED_FIELDS } from '../../src/profile';
import { OrganisationLazy } from '../../src/webparts/profileSync/components/OrganisationLazy';
// As the web part does: the view loads (here: resolves) while the first check's requests are out.
import { LazyProfileSync as ProfileSync } from '../../src/webparts/profileSync/components/LazyProfileSync';
import { teamsTheme } from '../../src/webparts/profileSync/teams';
import { cacheLifetimeMinutes, helpLinks } from '../../src/webparts/profileSync/webPartSettings';
import { browserStorage, profileSyncServices, ViewServices } from '../../src/webparts/profileSync/wiring';
import { PAGE_THEMES } from './themes';
import { PersonaSummary, TenantBar } from './TenantBar';

const params = new URLSearchParams(window.location.search);
// eslint-disable-next-line @typescript-eslint/no-var-requires
const VERSION: string = require('../../package.json').version;
const persona = params.get('persona') || 'in-sync';
const lang = (params.get('lang') || 'en-us').toLowerCase() === 'nb-no' ? 'nb-no' : 'en-us';
const themeName = params.get('theme') === 'dark' ? 'dark' : 'light';
const inTeams = params.get('host') === 'teams';
const teamsThemeName = params.get('teamsTheme') || 'default';
const section = params.get('section') || 'none';
// `view=organisation` opens the organisation view (for IT); group, includeGuests=1, includeDisabled=1 as in the property pane.
const view = params.get('view') === 'organisation' ? 'organisation' : 'my-profile';

initializeIcons('/fonts/');
// In Teams the Teams theme applies; on a SharePoint page the page theme, varied by the section's background.
const pageTheme = createTheme(inTeams ? teamsTheme(teamsThemeName) : PAGE_THEMES[themeName]);
loadTheme(pageTheme);
const VARIANTS: Record<string, (t: ITheme) => ITheme> = { neutral: getNeutralVariant, soft: getSoftVariant, strong: getStrongVariant };
const theme = !inTeams && VARIANTS[section] ? VARIANTS[section](pageTheme) : pageTheme;
document.documentElement.lang = lang === 'nb-no' ? 'nb' : 'en';
document.body.style.background = pageTheme.semanticColors.bodyBackground;

// The web part's own wiring, only pointed at the fake tenant's base URLs for this persona.
const origin = window.location.origin;
const siteUrl = `${origin}/u/${encodeURIComponent(persona)}/sp`;
const graphUrl = `${origin}/u/${encodeURIComponent(persona)}/graph`;
const preview = params.get('preview') || undefined;
// Previewing is what a site owner does while editing the page.
const editMode = !!preview;
const cacheMinutes = params.get('cacheMinutes');

/**
 * Like SPFx's page context, the page knows who the user is before the web part asks anything. In the
 * fake tenant a persona's name is its login name (so each persona has its own cache entry).
 */
function servicesFor(userPrincipalName: string | undefined): ViewServices {
  const services = profileSyncServices({
    sp: spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl })),
    siteUrl,
    graphFetch: (path, init) => fetch(`${graphUrl}${path}`, init),
    fetch: (url, init) => fetch(url, init),
    user: { loginName: persona, email: userPrincipalName },
    storage: browserStorage()
  });
  return services.forView({
    fields: COMPARED_FIELDS,
    cacheLifetimeMinutes: cacheLifetimeMinutes({ cacheLifetimeMinutes: cacheMinutes === null ? undefined : Number(cacheMinutes) }),
    editMode,
    preview
  });
}

/** The organisation view over the same persona URLs, with the web part's own loading (its own chunk). */
function organisationView(): JSX.Element {
  const group = params.get('group');
  return (
    <OrganisationLazy
      inputs={{
        sp: spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl })),
        siteUrl,
        graphFetch: (path, init) => fetch(`${graphUrl}${path}`, init),
        fetch: (url, init) => fetch(url, init),
        storage: browserStorage(),
        userKey: persona
      }}
      settings={{
        scope: group ? { kind: 'group', groupId: group } : { kind: 'everyone' },
        includeGuests: params.get('includeGuests') === '1',
        includeDisabled: params.get('includeDisabled') === '1',
        fields: COMPARED_FIELDS
      }}
      locale={lang === 'nb-no' ? 'nb-NO' : 'en-US'}
      allowedOrigins={[origin]}
      theme={theme}
      inTeams={inTeams}
    />
  );
}

/** A stand-in for a Teams personal app: the rail, the app's header, the tab's content. */
function TeamsFrame(props: { children: React.ReactNode }): JSX.Element {
  const dark = teamsThemeName !== 'default';
  return (
    <div data-teams-frame={teamsThemeName} style={{ display: 'flex', minWidth: 0, minHeight: 'calc(100vh - 60px)', background: theme.semanticColors.bodyBackground }}>
      {/* Teams on a phone has no app rail. */}
      {window.innerWidth >= 500 && <nav aria-label="Teams" style={{ width: 64, background: teamsThemeName === 'contrast' ? '#000' : dark ? '#0a0a0a' : '#ebebeb', borderRight: `1px solid ${theme.semanticColors.bodyDivider}` }} />}
      <div style={{ flex: 1, minWidth: 0 }}>
        {/* Teams shows the app's name above the tab; the web part then hides its own title (but for screen readers). */}
        <div data-teams-title="" style={{ padding: '12px 20px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, color: theme.semanticColors.bodyText, fontWeight: 600 }}>Profile sync</div>
        <main style={{ maxWidth: 880, padding: window.innerWidth >= 500 ? '16px 20px' : '16px', minWidth: 0 }}>{props.children}</main>
      </div>
    </div>
  );
}

/** A SharePoint page section with its background (none, neutral, soft, strong). */
function Section(props: { children: React.ReactNode }): JSX.Element {
  return (
    <main style={{ background: theme.semanticColors.bodyBackground, padding: '24px 0', minHeight: 'calc(100vh - 60px)' }} data-section={section}>
      <div style={{ maxWidth: 880, margin: '0 auto', padding: '0 16px' }}>{props.children}</div>
    </main>
  );
}

function Page(props: { personas: readonly PersonaSummary[]; services?: ViewServices }): JSX.Element {
  const Frame = inTeams ? TeamsFrame : Section;
  const services = props.services;
  return (
    <>
      <TenantBar persona={persona} lang={lang} theme={themeName} personas={props.personas} host={inTeams ? 'teams' : 'sharepoint'} teamsTheme={teamsThemeName} section={section} />
      <Frame>
        {view === 'organisation' ? organisationView() : services && <ProfileSync
          title=""
          runCheck={services.runCheck}
          showOnlyWhenDifferent={false}
          isEditMode={editMode}
          links={helpLinks({})}
          locale={lang === 'nb-no' ? 'nb-NO' : 'en-US'}
          allowedOrigins={[origin]}
          theme={theme}
          photoSync={services.photoSync}
          previewing={services.previewing}
          version={VERSION}
          openLink={inTeams ? (url) => { window.open(url, '_blank', 'noopener'); } : undefined}
          inTeams={inTeams}
        />}
      </Frame>
    </>
  );
}

const container = document.getElementById('app');
fetch('/__tenant/personas')
  .then((response) => (response.ok ? response.json() : []))
  .catch(() => [])
  .then((personas: PersonaSummary[]) => {
    const me = personas.filter((p) => p.name === persona)[0];
    // As on a SharePoint page, the page's own chrome (here the fake tenant's bar) is on screen before
    // the web part starts; then the web part starts its check and renders, as its onInit and render do.
    ReactDom.render(<Page personas={personas} />, container);
    // The organisation view makes no "My profile" check: nothing asks for one, as in the web part.
    if (view === 'organisation') return;
    // On screen: laid out and painted, the frame after this one. SharePoint loads a web part's code
    // after the page is up, so the page's own layout is no part of the web part's time to verdict.
    requestAnimationFrame(() => setTimeout(() => {
      ReactDom.render(<Page personas={personas} services={servicesFor(me && me.userPrincipalName)} />, container);
    }, 0));
  });
