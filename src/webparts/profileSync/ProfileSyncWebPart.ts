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
import { IOrganisationPageProps, OrganisationLazy } from './components/OrganisationLazy';
import { LazyProfileSync, loadProfileSync } from './components/LazyProfileSync';
import type { IProfileSyncProps } from './components/ProfileSync';
import { propertyPaneConfiguration } from './propertyPane';
import { followTeams, TeamsHost } from './teams';
import { cacheLifetimeMinutes, fieldsToCompare, helpLinks, IProfileSyncWebPartProps, scanSettings, viewOf } from './webPartSettings';
import { markStart } from './verdictTiming';
import { browserStorage, graphEndpointOf, profileSyncServices, ProfileSyncServices, userKeyOf } from './wiring';

/** Wiring only: reads the properties and the SPFx context, builds the services, renders the root component. */
export default class ProfileSyncWebPart extends BaseClientSideWebPart<IProfileSyncWebPartProps> {
  private _services: ProfileSyncServices | undefined;
  private _theme: IReadonlyTheme | undefined;
  /** Set when the web part runs in Teams: the Teams theme wins over SharePoint's, links open in the browser. */
  private _teams: TeamsHost | undefined;
  private _graphFetch: GraphFetch | undefined;
  /** The organisation view's connection, built the first time that view renders. */
  private _organisationInputs: IOrganisationPageProps['inputs'] | undefined;

  protected async onInit(): Promise<void> {
    markStart();
    // The view's code loads while onInit and the first check's requests run (the organisation view loads its own).
    if (viewOf(this.properties) !== 'organisation') loadProfileSync().catch(() => undefined);
    await super.onInit();
    // The tenant's own cloud (GCC High, DoD, China have their own Graph): the token is for that Graph too.
    const graph = graphEndpointOf(this.context.pageContext.legacyPageContext);
    // The token request fails (and is reported as a permission problem) until IT approves User.Read.
    const graphClient = this.context.aadHttpClientFactory.getClient(graph);
    const graphFetch: GraphFetch = async (path, init) => (await graphClient).fetch(`${graph}${path}`, AadHttpClient.configurations.v1, init || {});
    this._graphFetch = graphFetch;
    this._services = profileSyncServices({
      sp: spfi().using(SPFx(this.context)),
      siteUrl: this.context.pageContext.web.absoluteUrl,
      graphFetch,
      fetch: (url, init) => fetch(url, init),
      user: this.context.pageContext.user,
      storage: browserStorage()
    });
    const teams = this.context.sdks.microsoftTeams;
    if (teams) this._teams = await followTeams(teams.teamsJs.app, (host) => { this._onTeamsThemeChanged(host); });
  }

  public render(): void {
    // SPFx renders on a theme change even before onInit has finished: nothing to show until then.
    if (!this._services || this.isDisposed) return;
    if (viewOf(this.properties) === 'organisation') {
      this._renderOrganisation();
      return;
    }
    const isEditMode = this.displayMode === DisplayMode.Edit;
    const view = this._services.forView({
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
      openLink: this._teams ? this._teams.openLink : undefined,
      inTeams: !!this._teams
    };
    this._show(React.createElement(LazyProfileSync, props));
  }

  /** The organisation view (for IT), loaded as its own chunk: the "My profile" bundles never carry it. */
  private _renderOrganisation(): void {
    const { pageContext } = this.context;
    const graphFetch = this._graphFetch;
    if (!graphFetch) return;
    this._organisationInputs = this._organisationInputs || {
      sp: spfi().using(SPFx(this.context)),
      siteUrl: pageContext.web.absoluteUrl,
      graphFetch,
      fetch: (url, init) => fetch(url, init),
      storage: browserStorage(),
      userKey: userKeyOf(pageContext.user) || ''
    };
    const props: IOrganisationPageProps = {
      inputs: this._organisationInputs,
      settings: scanSettings(this.properties),
      title: this.properties.title,
      locale: pageContext.cultureInfo.currentUICultureName,
      allowedOrigins: [],
      theme: this._teams ? this._teams.theme : this._theme as ITheme | undefined,
      inTeams: !!this._teams
    };
    this._show(React.createElement(OrganisationLazy, props));
  }

  /** One root per web part, whichever view: unmounted in onDispose. */
  private _show(element: React.ReactElement): void {
    ReactDom.render(element, this.domElement);
  }

  /**
   * With supportsThemeVariants, this is the theme of the section the web part sits in. SPFx renders
   * after it by itself ("Developers should not call render in overridden method").
   */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this._theme = currentTheme;
  }

  /** Teams has no way to stop telling theme changes: a disposed web part ignores them. */
  private _onTeamsThemeChanged(host: TeamsHost): void {
    this._teams = host;
    if (this.renderedOnce) this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
    this._services = undefined;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return propertyPaneConfiguration(this.properties);
  }
}
