// Stand-in for @microsoft/sp-webpart-base in jest: BaseClientSideWebPart with the lifecycle SPFx 1.23
// follows (lib/core/BaseClientSideWebPart.js, BaseWebPart.js, BaseComponent.js), driven by webPartHost.ts:
//  1. initialize: context, properties and display mode are set; onThemeChanged(section theme) is called
//     once, before onInit, and renderedOnce is false;
//  2. in view: onInit(), then render(); renderedOnce becomes true after that first render;
//  3. a theme change: onThemeChanged(theme), then render() by the base class when the web part overrides
//     onThemeChanged, whether or not it has rendered yet (a web part must not render in it itself);
//  4. a property pane change: the property is set, onPropertyPaneFieldChanged(path, old, new), then
//     render() unless disableReactivePropertyChanges;
//  5. a display mode change: onDisplayModeChanged(old), then render() once onInit has finished;
//  6. dispose: onDispose() once, then the context is gone and isDisposed is true.
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { DisplayMode, Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Context = any;

export abstract class BaseClientSideWebPart<TProperties extends object> {
  private _context: Context;
  private _properties!: TProperties;
  private _displayMode!: DisplayMode;
  private _domElement!: HTMLElement;
  private _renderedOnce = false;
  private _isDisposed = false;
  private _initialized: Promise<void> | undefined;

  protected get context(): Context { return this._context; }
  protected get properties(): TProperties { return this._properties; }
  protected get displayMode(): DisplayMode { return this._displayMode; }
  protected get domElement(): HTMLElement { return this._domElement; }
  protected get renderedOnce(): boolean { return this._renderedOnce; }
  public get isDisposed(): boolean { return this._isDisposed; }
  protected get manifest(): Context { return this._context.manifest; }
  protected get disableReactivePropertyChanges(): boolean { return false; }
  protected get dataVersion(): Version { throw new Error('dataVersion is the web part\'s to say'); }

  protected onInit(): Promise<void> { return Promise.resolve(); }
  protected abstract render(): void;
  protected onThemeChanged(_theme: IReadonlyTheme | undefined): void { /* SPFx's is empty too */ }
  protected onDisplayModeChanged(_oldDisplayMode: DisplayMode): void { /* SPFx's is empty too */ }
  protected onPropertyPaneFieldChanged(_propertyPath: string, _oldValue: unknown, _newValue: unknown): void { /* empty */ }
  protected onDispose(): void { /* SPFx's is empty too */ }
  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration { return { pages: [] }; }

  /** @internal What SPFx's ClientSideWebPartManager does when it loads the web part. */
  public _internalInitialize(context: Context, properties: TProperties, displayMode: DisplayMode, domElement: HTMLElement, theme: IReadonlyTheme | undefined): void {
    this._context = context;
    this._properties = properties;
    this._displayMode = displayMode;
    this._domElement = domElement;
    this.onThemeChanged(theme);
  }

  /** @internal The web part scrolled near the viewport: onInit, then the first render. */
  public _onInViewport(): Promise<void> {
    this._initialized = this.onInit().then(() => {
      this.render();
      this._renderedOnce = true;
    });
    return this._initialized;
  }

  /** @internal The section's or page's theme changed. */
  public _internalHandleThemeChangedEvent(theme: IReadonlyTheme | undefined): void {
    this.onThemeChanged(theme);
    if (this.onThemeChanged !== BaseClientSideWebPart.prototype.onThemeChanged) this.render();
  }

  /** @internal A site owner changed a field in the property pane. */
  public _onPropertyPaneFieldChanged(propertyPath: string, newValue: unknown): void {
    const bag = this._properties as Record<string, unknown>;
    const oldValue = bag[propertyPath];
    if (oldValue === newValue) return;
    bag[propertyPath] = newValue;
    this.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
    if (!this.disableReactivePropertyChanges) this.render();
  }

  /** @internal The page switched between reading and editing. */
  public _internalSetDisplayMode(displayMode: DisplayMode): Promise<void> {
    if (displayMode === this._displayMode) return Promise.resolve();
    const old = this._displayMode;
    this._displayMode = displayMode;
    this.onDisplayModeChanged(old);
    return (this._initialized || Promise.resolve()).then(() => this.render());
  }

  /** @internal The page is going away (or the web part was removed). */
  public _internalDispose(): void {
    if (this._isDisposed) return;
    this.onDispose();
    this._context = undefined;
    this._isDisposed = true;
  }

  /** @internal The pane SPFx would show. */
  public _getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.getPropertyPaneConfiguration();
  }
}
