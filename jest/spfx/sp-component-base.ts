// Stand-in for @microsoft/sp-component-base in jest. The web part imports only its types (IReadonlyTheme),
// which vanish when compiled; this module exists so nothing loads the real SPFx runtime.
export {};
