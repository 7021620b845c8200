// The web part class with the organisation view chosen: it loads that view (its own chunk) instead
// of "My profile", with the scope from the property pane. The scan is the stub's fake until the real
// one is merged, so nothing here asks a service anything.
import { waitFor } from '@testing-library/react';
import { loadWebPart, LoadedWebPart } from '../../../jest/spfx/webPartHost';
import ProfileSyncWebPart from './ProfileSyncWebPart';
import type { IProfileSyncWebPartProps } from './webPartSettings';

const loaded: LoadedWebPart[] = [];

afterEach(() => {
  loaded.splice(0).forEach((webPart) => webPart.dispose());
  document.body.innerHTML = '';
  window.localStorage.clear();
});

async function load(properties: Partial<IProfileSyncWebPartProps>): Promise<LoadedWebPart> {
  const webPart = await loadWebPart(ProfileSyncWebPart,
    { title: '', showOnlyWhenDifferent: false, editProfileUrl: '', photoHelpUrl: '', propertyHelpUrl: '', ...properties },
    { siteUrl: 'https://contoso.sharepoint.com/sites/it', user: { loginName: 'i:0#.f|membership|admin@contoso.com', email: 'admin@contoso.com' } });
  loaded.push(webPart);
  return webPart;
}

describe('the web part with the organisation view chosen', () => {
  it('shows the organisation view, not the signed-in person\'s own check', async () => {
    const webPart = await load({ view: 'organisation', title: 'Profiles at Contoso' });
    await waitFor(() => expect(webPart.domElement.querySelector('[data-profile-sync-organisation]')).not.toBeNull());
    expect(webPart.domElement.querySelector('[data-profile-sync]')).toBeNull();
    expect(webPart.domElement.querySelector('[data-profile-sync-organisation]')!.getAttribute('data-status')).toBe('idle');
    expect(webPart.domElement.querySelector('h2')!.textContent).toBe('Profiles at Contoso');
  });

  it('shows "My profile" when that view is chosen, as before', async () => {
    const webPart = await load({ view: 'my-profile' });
    await waitFor(() => expect(webPart.domElement.querySelector('[data-profile-sync]')).not.toBeNull());
    expect(webPart.domElement.querySelector('[data-profile-sync-organisation]')).toBeNull();
  });
});
