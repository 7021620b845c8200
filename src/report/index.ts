// The helpdesk report ("Copy details"): a check in, plain text out. No React, SPFx or PnPjs here;
// its words come in from loc/.
export { helpdeskReport } from './helpdeskReport';
export type { HelpdeskReportContext, HelpdeskReportWords } from './types';
