import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration, IPropertyPaneField, PropertyPaneCheckbox, PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { DisplayMode } from '@microsoft/sp-core-library';
import { IReadonlyTheme } from '@microsoft/sp-component-base';
import { AadHttpClient } from '@microsoft/sp-http';
import { createTheme, ITheme } from '@fluentui/react/lib/Styling';
import { teamsTheme } from './teamsThemes';
import { PREVIEW_OPTIONS, previewLabel } from './previewOptions';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'ProfileSyncWebPartStrings';

import { COMPARED_FIELDS } from '../../profile';
import { ProfileSources } from '../../check/checkProfile';
import { BrowserCheckCache } from '../../check/checkCache';
import { profileChecker, RunCheck } from '../../check/ProfileChecker';
import { GraphProfileSource } from '../../sources/graph/GraphProfileSource';
import { GraphFetch } from '../../sources/graph/graphFetch';
import { SharePointProfileSource } from '../../sources/sharePoint/SharePointProfileSource';
import { CanvasPhotoDecoder } from '../../sources/photos/CanvasPhotoDecoder';
import { LazyPhotoSync } from '../../sync/LazyPhotoSync';
import { isHttpsUrl } from '../../urls/safeUrl';
import ProfileSync, { IProfileSyncProps } from './components/ProfileSync';
import { fieldLabel } from './components/fieldLabel';
import { cacheLifetimeMinutes, compareKey, DEFAULT_LINKS, fieldsToCompare, IProfileSyncWebPartProps, linkOrDefault } from './webPartSettings';

const GRAPH = 'https://graph.microsoft.com';
/** Wiring only: builds the sources from the SPFx context and renders the root component. */
export default class ProfileSyncWebPart extends BaseClientSideWebPart<IProfileSyncWebPartProps> {
  private _sources: ProfileSources | undefined;
  // One per web part for the page's life: re-renders and property changes reuse the sync under way.
  private _photoSync: LazyPhotoSync | undefined;
  private _theme: IReadonlyTheme | undefined;
  /** Set when the web part runs in Teams: the Teams theme wins over SharePoint's, links open in the browser. */
  private _teams: { theme: ITheme; openLink(url: string): void } | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const siteUrl = this.context.pageContext.web.absoluteUrl;
    // The token request fails (and is reported as a permission problem) until IT approves User.Read.
    const graphClient = this.context.aadHttpClientFactory.getClient(GRAPH);
    const graphFetch: GraphFetch = async (path, init) => (await graphClient).fetch(`${GRAPH}${path}`, AadHttpClient.configurations.v1, init || {});
    this._sources = {
      sharePoint: new SharePointProfileSource(spfi().using(SPFx(this.context)), siteUrl, (url, init) => fetch(url, init)),
      graph: new GraphProfileSource(graphFetch),
      decoder: new CanvasPhotoDecoder()
    };
    this._photoSync = new LazyPhotoSync(this._sources);
    await this._followTeams();
  }

  private async _followTeams(): Promise<void> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return;
    const app = teams.teamsJs.app;
    const follow = (name: string | undefined): void => {
      this._teams = { theme: createTheme(teamsTheme(name)), openLink: (url: string) => { app.openLink(url).catch(() => window.open(url, '_blank', 'noopener')); } };
    };
    try {
      follow((await app.getContext()).app.theme);
      app.registerOnThemeChangeHandler((name: string) => { follow(name); this.render(); });
    } catch {
      follow('default');
    }
  }

  private _runCheck: RunCheck | undefined;
  private _runCheckSettings = '';

  /** The same check service while its settings stay the same, so a re-render does not check again. */
  private _checker(): RunCheck {
    const fields = fieldsToCompare(this.properties);
    const lifetimeMinutes = cacheLifetimeMinutes(this.properties);
    const settings = `${fields.join(',')}|${lifetimeMinutes}`;
    if (!this._runCheck || settings !== this._runCheckSettings) {
      const user = this.context.pageContext.user;
      // Keyed by the signed-in user: one person's cached verdict is never shown to another.
      const cache = new BrowserCheckCache(window.localStorage, (user.loginName || user.email).toLowerCase());
      this._runCheck = profileChecker(this._sources as ProfileSources, cache, {
        fields, account: user.email || user.loginName, cacheLifetimeMs: lifetimeMinutes * 60000
      });
      this._runCheckSettings = settings;
    }
    return this._runCheck;
  }

  /** In edit mode a site owner can preview each state with sample data: no request, nobody's profile. */
  private _preview(): RunCheck | undefined {
    const state = this.properties.preview;
    if (this.displayMode !== DisplayMode.Edit || !state || state === 'none') return undefined;
    return () => import(/* webpackChunkName: 'profile-sync-preview' */ '../../preview')
      .then((preview) => preview.previewCheck(state as Parameters<typeof preview.previewCheck>[0]));
  }

  public render(): void {
    const preview = this._preview();
    const props: IProfileSyncProps = {
      title: this.properties.title,
      runCheck: preview || this._checker(),
      previewing: !!preview,
      version: this.manifest.version,
      showOnlyWhenDifferent: !!this.properties.showOnlyWhenDifferent,
      isEditMode: this.displayMode === DisplayMode.Edit,
      links: {
        editProfile: linkOrDefault(this.properties.editProfileUrl, DEFAULT_LINKS.editProfileUrl),
        photoHelp: linkOrDefault(this.properties.photoHelpUrl, DEFAULT_LINKS.photoHelpUrl),
        propertyHelp: linkOrDefault(this.properties.propertyHelpUrl, DEFAULT_LINKS.propertyHelpUrl)
      },
      locale: this.context.pageContext.cultureInfo.currentUICultureName,
      theme: this._teams ? this._teams.theme : this._theme as ITheme | undefined,
      openLink: this._teams ? this._teams.openLink : undefined,
      photoSync: preview ? undefined : this._photoSync
    };
    ReactDom.render(React.createElement(ProfileSync, props), this.domElement);
  }

  /** With supportsThemeVariants, this is the theme of the section the web part sits in. */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this._theme = currentTheme;
    if (this.renderedOnce) this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private _validateUrl = (value: string): string => (!value || isHttpsUrl(value) ? '' : strings.UrlMustBeHttps);

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const fieldToggles: IPropertyPaneField<unknown>[] = COMPARED_FIELDS.map((field) =>
      PropertyPaneCheckbox(compareKey(field), { text: fieldLabel(field), checked: this.properties[compareKey(field)] !== false }));
    return {
      pages: [{
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.DisplayGroupName,
            groupFields: [
              PropertyPaneTextField('title', { label: strings.TitleFieldLabel, placeholder: strings.WebPartTitle }),
              PropertyPaneToggle('showOnlyWhenDifferent', { label: strings.ShowOnlyWhenDifferentLabel }),
              PropertyPaneSlider('cacheLifetimeMinutes', { label: strings.CacheLifetimeLabel, min: 0, max: 480, step: 15, value: cacheLifetimeMinutes(this.properties) })
            ]
          },
          { groupName: strings.FieldsGroupName, groupFields: fieldToggles },
          {
            groupName: strings.PreviewGroupName,
            groupFields: [PropertyPaneDropdown('preview', {
              label: strings.PreviewFieldLabel,
              selectedKey: this.properties.preview || 'none',
              options: PREVIEW_OPTIONS.map((key) => ({ key, text: previewLabel(key) }))
            })]
          },
          {
            groupName: strings.LinksGroupName,
            groupFields: [
              PropertyPaneTextField('editProfileUrl', { label: strings.EditProfileUrlLabel, placeholder: DEFAULT_LINKS.editProfileUrl, onGetErrorMessage: this._validateUrl }),
              PropertyPaneTextField('photoHelpUrl', { label: strings.PhotoHelpUrlLabel, placeholder: DEFAULT_LINKS.photoHelpUrl, onGetErrorMessage: this._validateUrl }),
              PropertyPaneTextField('propertyHelpUrl', { label: strings.PropertyHelpUrlLabel, placeholder: DEFAULT_LINKS.propertyHelpUrl, onGetErrorMessage: this._validateUrl })
            ]
          }
        ]
      }]
    };
  }
}
