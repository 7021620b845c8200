import * as fs from 'fs';

export interface RunningTenant {
  url: string;
  reset(): Promise<void>;
  persona(name: string): Promise<PersonaState>;
}

export interface PersonaState {
  sharePointPhotoSha256: string | null;
  microsoft365PhotoSha256: string | null;
  [key: string]: unknown;
}

export interface WorkerSession {
  /** The fake tenant's base URL, without the final slash. */
  url: string;
  /** Where this worker's Chromium listens (playwright's launchServer). */
  wsEndpoint: string;
}

/**
 * This jest worker's fake tenant and Chromium, started once for the run by e2e/support/globalSetup.js
 * (the page built once too). Workers are numbered from 1 (JEST_WORKER_ID); a run in band is worker 1.
 */
export function workerSession(): WorkerSession {
  const file = process.env.PROFILE_SYNC_BROWSER_SESSIONS;
  if (!file) throw new Error('The browser tests start from jest\'s global setup (e2e/support/globalSetup.js): run them with jest, e.g. npm run test:browser');
  const sessions = JSON.parse(fs.readFileSync(file, 'utf8')) as WorkerSession[];
  const index = (Number(process.env.JEST_WORKER_ID) || 1) - 1;
  const session = sessions[index];
  if (!session) throw new Error(`No browser session for jest worker ${index + 1} of ${sessions.length}`);
  return session;
}

/** The test API of a fake tenant that is already running. */
export function tenantAt(url: string): RunningTenant {
  return {
    url,
    reset: async () => { await fetch(`${url}/__tenant/reset`, { method: 'POST' }); },
    persona: async (name: string) => (await fetch(`${url}/__tenant/personas/${name}`)).json() as Promise<PersonaState>
  };
}
