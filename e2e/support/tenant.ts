import * as path from 'path';

// The fake tenant and its page are plain Node modules (tenant/, harness/).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createTenant } = require(path.join(__dirname, '..', '..', 'tenant', 'server.js'));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { build } = require(path.join(__dirname, '..', '..', 'harness', 'build.js'));

export interface RunningTenant {
  url: string;
  close(): Promise<void>;
  reset(): Promise<void>;
  persona(name: string): Promise<PersonaState>;
}

export interface PersonaState {
  sharePointPhotoSha256: string | null;
  microsoft365PhotoSha256: string | null;
  [key: string]: unknown;
}

let built: Promise<void> | undefined;

/** Builds the page once per test run, and starts a fake tenant on a free port. */
export async function startTenant(options: { latencyMs?: number } = {}): Promise<RunningTenant> {
  built = built || build();
  await built;
  const tenant = createTenant({ latencyMs: options.latencyMs || 0 });
  const url: string = (await tenant.listen(0)).replace(/\/$/, '');
  // Drawing every persona's photos takes a few seconds: do it before the first test, not during it.
  await tenant.warmUp();
  return {
    url,
    close: () => tenant.close(),
    reset: async () => { await fetch(`${url}/__tenant/reset`, { method: 'POST' }); },
    persona: async (name: string) => (await fetch(`${url}/__tenant/personas/${name}`)).json() as Promise<PersonaState>
  };
}
