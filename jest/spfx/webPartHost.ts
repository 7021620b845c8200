// Loads a web part class the way a SharePoint page does, through the stand-in base class
// (sp-webpart-base.ts), with a context built from plain values: the fake tenant's URLs in tests.
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { DisplayMode } from './sp-core-library';
import { AadHttpClient } from './sp-http';
import { BaseClientSideWebPart } from './sp-webpart-base';
import type { TeamsApp } from '../../src/webparts/profileSync/teams';

/** The part of teams-js's `app` SPFx hands over as `context.sdks.microsoftTeams.teamsJs.app`. */
export type FakeTeamsApp = TeamsApp;

export interface PageOptions {
  siteUrl: string;
  /** What SharePoint writes as `msGraphEndpointUrl` into the page (a national cloud's Graph, or the fake tenant's). */
  msGraphEndpointUrl?: string;
  user: { loginName: string; email?: string; displayName?: string };
  locale?: string;
  displayMode?: DisplayMode;
  /** The section's theme when the web part supports theme variants. */
  theme?: IReadonlyTheme;
  /** Set when the page is a Teams tab. */
  teamsApp?: FakeTeamsApp;
  version?: string;
}

export interface LoadedWebPart {
  domElement: HTMLElement;
  /** The resources the web part asked AadHttpClient tokens for, in order. */
  tokenResources: string[];
  changeTheme(theme: IReadonlyTheme | undefined): void;
  changeProperty(path: string, value: unknown): void;
  setDisplayMode(mode: DisplayMode): Promise<void>;
  propertyPane(): IPropertyPaneConfiguration;
  dispose(): void;
}

/** A web part class as compiled against SPFx's typings; at test time it extends the stand-in. */
type WebPartClass<P extends object> = new () => object;

function contextFor(options: PageOptions, tokenResources: string[]): unknown {
  return {
    manifest: { version: options.version || '1.0.0', supportsThemeVariants: true },
    pageContext: {
      web: { absoluteUrl: options.siteUrl },
      user: { ...options.user },
      cultureInfo: { currentUICultureName: options.locale || 'en-US' },
      legacyPageContext: options.msGraphEndpointUrl === undefined ? {} : { msGraphEndpointUrl: options.msGraphEndpointUrl }
    },
    aadHttpClientFactory: {
      getClient: (resource: string) => {
        tokenResources.push(resource);
        return Promise.resolve(new AadHttpClient(resource));
      }
    },
    sdks: options.teamsApp ? { microsoftTeams: { teamsJs: { app: options.teamsApp } } } : {}
  };
}

/** Initialises the web part, lets it run onInit and its first render, and hands back the page's controls. */
export async function loadWebPart<P extends object>(WebPart: WebPartClass<P>, properties: P, options: PageOptions): Promise<LoadedWebPart> {
  const domElement = document.body.appendChild(document.createElement('div'));
  const tokenResources: string[] = [];
  const webPart = new WebPart() as BaseClientSideWebPart<P>;
  webPart._internalInitialize(contextFor(options, tokenResources), properties, options.displayMode || DisplayMode.Read, domElement, options.theme);
  await webPart._onInViewport();
  return {
    domElement,
    tokenResources,
    changeTheme: (theme) => webPart._internalHandleThemeChangedEvent(theme),
    changeProperty: (path, value) => webPart._onPropertyPaneFieldChanged(path, value),
    setDisplayMode: (mode) => webPart._internalSetDisplayMode(mode),
    propertyPane: () => webPart._getPropertyPaneConfiguration(),
    dispose: () => webPart._internalDispose()
  };
}
