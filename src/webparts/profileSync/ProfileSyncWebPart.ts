import * as React from 'react';
import * as ReactDom from 'react-dom';
import { DisplayMode, Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme } from '@microsoft/sp-component-base';
import { AadHttpClient } from '@microsoft/sp-http';
import { ITheme } from '@fluentui/react/lib/Styling';
import { spfi, SPFx } from '@pnp/sp';
import type { GraphFetch } from '../../sources';
import ProfileSync, { IProfileSyncProps } from './components/ProfileSync';
import { propertyPaneConfiguration } from './propertyPane';
import { followTeams, TeamsHost } from './teams';
import { cacheLifetimeMinutes, fieldsToCompare, helpLinks, IProfileSyncWebPartProps } from './webPartSettings';
import { profileSyncServices, ProfileSyncServices } from './wiring';

const GRAPH = 'https://graph.microsoft.com';

/** Wiring only: reads the properties and the SPFx context, builds the services, renders the root component. */
export default class ProfileSyncWebPart extends BaseClientSideWebPart<IProfileSyncWebPartProps> {
  private _services: ProfileSyncServices | undefined;
  private _theme: IReadonlyTheme | undefined;
  /** Set when the web part runs in Teams: the Teams theme wins over SharePoint's, links open in the browser. */
  private _teams: TeamsHost | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // The token request fails (and is reported as a permission problem) until IT approves User.Read.
    const graphClient = this.context.aadHttpClientFactory.getClient(GRAPH);
    const graphFetch: GraphFetch = async (path, init) => (await graphClient).fetch(`${GRAPH}${path}`, AadHttpClient.configurations.v1, init || {});
    this._services = profileSyncServices({
      sp: spfi().using(SPFx(this.context)),
      siteUrl: this.context.pageContext.web.absoluteUrl,
      graphFetch,
      fetch: (url, init) => fetch(url, init),
      user: this.context.pageContext.user,
      storage: window.localStorage
    });
    const teams = this.context.sdks.microsoftTeams;
    if (teams) this._teams = await followTeams(teams.teamsJs.app, (host) => { this._teams = host; this.render(); });
  }

  public render(): void {
    const isEditMode = this.displayMode === DisplayMode.Edit;
    const view = (this._services as ProfileSyncServices).forView({
      fields: fieldsToCompare(this.properties),
      cacheLifetimeMinutes: cacheLifetimeMinutes(this.properties),
      editMode: isEditMode,
      preview: this.properties.preview
    });
    const props: IProfileSyncProps = {
      ...view,
      title: this.properties.title,
      version: this.manifest.version,
      showOnlyWhenDifferent: !!this.properties.showOnlyWhenDifferent,
      isEditMode,
      links: helpLinks(this.properties),
      locale: this.context.pageContext.cultureInfo.currentUICultureName,
      theme: this._teams ? this._teams.theme : this._theme as ITheme | undefined,
      openLink: this._teams ? this._teams.openLink : undefined
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

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return propertyPaneConfiguration(this.properties);
  }
}
