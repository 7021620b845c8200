import * as strings from 'ProfileSyncWebPartStrings';
import type { ServiceWait, SourceName } from '../../../sources';
import { fillTemplate } from './fillTemplate';

const WAIT_TEXT: Record<SourceName, string> = {
  sharePoint: strings.WaitingForSharePoint,
  graph: strings.WaitingForGraph
};

/** "SharePoint is busy. Waiting 5 seconds…": whole seconds, at least one. */
export function serviceWaitText(wait: ServiceWait): string {
  return fillTemplate(WAIT_TEXT[wait.source], String(Math.max(1, Math.ceil(wait.seconds))));
}
