import * as React from 'react';

export interface PersonaSummary { name: string; displayName: string; userPrincipalName?: string; description: string }

export interface ITenantBarProps {
  persona: string;
  lang: string;
  theme: string;
  personas: readonly PersonaSummary[];
  host: string;
  teamsTheme: string;
  section: string;
}

const LANGUAGES = [{ key: 'en-us', text: 'English' }, { key: 'nb-no', text: 'Norsk (bokmål)' }];
const THEMES = [{ key: 'light', text: 'Light' }, { key: 'dark', text: 'Dark' }];
const HOSTS = [{ key: 'sharepoint', text: 'SharePoint page' }, { key: 'teams', text: 'Teams' }];
const TEAMS_THEMES = [{ key: 'default', text: 'Default' }, { key: 'dark', text: 'Dark' }, { key: 'contrast', text: 'High contrast' }];
const SECTIONS = [{ key: 'none', text: 'None' }, { key: 'neutral', text: 'Neutral' }, { key: 'soft', text: 'Soft' }, { key: 'strong', text: 'Strong' }];

function go(changes: Record<string, string>): void {
  const params = new URLSearchParams(window.location.search);
  Object.keys(changes).forEach((key) => params.set(key, changes[key]));
  window.location.search = params.toString();
}

async function resetTenant(): Promise<void> {
  await fetch('/__tenant/reset', { method: 'POST' });
  window.location.reload();
}

/** The fake tenant's own controls (a developer tool, not part of the web part). */
function TenantBarView(props: ITenantBarProps): JSX.Element {
  const current = props.personas.filter((p) => p.name === props.persona)[0];
  return (
    <header data-tenant-bar="" style={{ padding: '8px 16px', background: '#201f1e', color: '#ffffff', display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' }}>
      <strong>Local fake tenant</strong>
      <label>Persona{' '}
        <select value={props.persona} onChange={(e) => go({ persona: e.target.value })} data-picker="persona">
          {props.personas.length === 0 && <option value={props.persona}>{props.persona}</option>}
          {props.personas.map((p) => <option key={p.name} value={p.name}>{p.name}</option>)}
        </select>
      </label>
      <label>Language{' '}
        <select value={props.lang} onChange={(e) => go({ lang: e.target.value })} data-picker="lang">
          {LANGUAGES.map((l) => <option key={l.key} value={l.key}>{l.text}</option>)}
        </select>
      </label>
      <label>Theme{' '}
        <select value={props.theme} onChange={(e) => go({ theme: e.target.value })} data-picker="theme">
          {THEMES.map((t) => <option key={t.key} value={t.key}>{t.text}</option>)}
        </select>
      </label>
      <label>Host{' '}
        <select value={props.host} onChange={(e) => go({ host: e.target.value })} data-picker="host">
          {HOSTS.map((h) => <option key={h.key} value={h.key}>{h.text}</option>)}
        </select>
      </label>
      {props.host === 'teams' ? (
        <label>Teams theme{' '}
          <select value={props.teamsTheme} onChange={(e) => go({ teamsTheme: e.target.value })} data-picker="teamsTheme">
            {TEAMS_THEMES.map((t) => <option key={t.key} value={t.key}>{t.text}</option>)}
          </select>
        </label>
      ) : (
        <label>Section background{' '}
          <select value={props.section} onChange={(e) => go({ section: e.target.value })} data-picker="section">
            {SECTIONS.map((t) => <option key={t.key} value={t.key}>{t.text}</option>)}
          </select>
        </label>
      )}
      <button type="button" onClick={() => { resetTenant().catch(() => undefined); }}>Reset all personas</button>
      {current && <span style={{ flexBasis: '100%', fontSize: 12, opacity: 0.85 }}>{current.displayName}: {current.description}</span>}
    </header>
  );
}

/** The page's chrome: drawn before the web part starts and not again when it does (its props do not change). */
export const TenantBar = React.memo(TenantBarView);
