// What talks to SharePoint and Microsoft Graph. Other features import from here.
export { SourceError, failureKindForStatus, sourceErrorFromThrown } from './SourceError';
export type { SourceName, FailureKind } from './SourceError';
export { GraphProfileSource } from './graph/GraphProfileSource';
export type { GraphProfile, IGraphProfileSource } from './graph/GraphProfileSource';
export type { GraphFetch, FetchResponse, ThrottlePolicy } from './graph/graphFetch';
export { SharePointProfileSource, SharePointRefusalError } from './sharePoint/SharePointProfileSource';
export type { ISharePointProfileSource, SharePointPhotoSize, SharePointRefusal, BrowserFetch } from './sharePoint/SharePointProfileSource';
