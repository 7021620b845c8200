// What talks to SharePoint and Microsoft Graph. Other features import from here.
export type {
  SourceName, FailureKind, FetchResponse, GraphFetch, ThrottlePolicy, GraphProfile, IGraphProfileSource,
  ISharePointProfileSource, SharePointPhotoSize, SharePointRefusal, BrowserFetch,
  ServiceWait, WaitListener, IWaitBudget, ServiceErrorDetails
} from './types';
export { WaitBudget, MAX_TOTAL_WAIT_SECONDS } from './waitBudget';
export { SourceError, failureKindForStatus, sourceErrorFromThrown } from './SourceError';
export { settle } from './settle';
export type { Settled } from './settle';
export { retryAfterSeconds } from './retryAfter';
export { GraphProfileSource } from './graph/GraphProfileSource';
export { SharePointProfileSource, SharePointRefusalError } from './sharePoint/SharePointProfileSource';
