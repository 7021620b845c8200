import { checksSoFar, openPersona, waitForVerdict } from './support/page';
import { useBrowserSession } from './support/session';

jest.setTimeout(60000);

const session = useBrowserSession();

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Presses "Copy details" and reads what it put on the clipboard. */
async function copiedReport(): Promise<string> {
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.tenant.url });
  await session.page.locator('[data-action="copy-details"]').click();
  await session.page.locator('[data-copy="done"]').waitFor();
  return session.page.evaluate(() => navigator.clipboard.readText());
}

async function setBehaviour(persona: string, behaviour: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${session.tenant.url}/__tenant/personas/${persona}/behaviour`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(behaviour)
  });
  expect(response.ok).toBe(true);
}

describe('"Copy details" gives the helpdesk what it escalates with', () => {
  it("graph-permission-missing: Graph's error code, its request-id, client-request-id and date", async () => {
    await openPersona(session.page, session.tenant.url, 'graph-permission-missing');
    const report = await copiedReport();
    expect(report).toMatch(/\(graph\): permission, HTTP 403: /);
    expect(report).toContain('code: "Authorization_RequestDenied"');
    expect(report).toMatch(new RegExp(`request-id: "${UUID}"`));
    expect(report).toMatch(new RegExp(`client-request-id: "${UUID}"`));
    expect(report).toMatch(/date: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  });

  it('after a refused sync (photo changes blocked): the attempt, its outcome and what SharePoint answered', async () => {
    await openPersona(session.page, session.tenant.url, 'old-photo-in-sharepoint');
    await setBehaviour('old-photo-in-sharepoint', { photoUpdatesBlocked: true });
    const checksBefore = await checksSoFar(session.page);
    await session.page.locator('[data-action="sync-photo"]').click();
    await session.page.locator('[data-photo-sync="failed"]').waitFor({ timeout: 30000 });
    await waitForVerdict(session.page, checksBefore);
    const report = await copiedReport();
    const lines = report.split('\n');
    const at = lines.findIndex((line) => /\(failed: blocked\)$/.test(line));
    expect(at).toBeGreaterThan(0);
    const attempt = lines.slice(at, at + 6).join('\n');
    expect(attempt).toMatch(/\n {2}[^\n]*\d+[^\n]*\n/);
    expect(attempt).toMatch(/: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z \(/);
    expect(attempt).toMatch(/\(sharePoint\): permission, HTTP 403: "/);
    expect(attempt).toContain('code: "-2147024891, System.UnauthorizedAccessException"');
    expect(attempt).toMatch(new RegExp(`request-id: "(${UUID})", SPRequestGuid: "\\1"`));
    expect(report).not.toMatch(/X-RequestDigest|0x[0-9A-F]{16}/i);
  });

  it('before any sync, says none was tried on this page', async () => {
    await openPersona(session.page, session.tenant.url, 'old-photo-in-sharepoint');
    expect(await copiedReport()).toMatch(/\n[^\n]+: [^\n]+ \(idle\)\n/);
  });

  it('hostile-profile: every value in JSON string syntax, and the javascript: picture address named unsafe, never pasted', async () => {
    await openPersona(session.page, session.tenant.url, 'hostile-profile');
    const report = await copiedReport();
    expect(report).toContain('"Principal Security Tester \\"><svg onload=alert(1)>"');
    expect(report).toContain('"Security Tester <script>alert(1)</script>"');
    expect(report).toMatch(/\n {2}PictureURL: \([^\n"]+: "javascript:"\)\n/);
    expect(report).not.toContain('javascript:alert');
    // Every quoted value parses back as one JSON string: it is plain where each ends.
    const values = report.match(/"(?:[^"\\]|\\.)*"/g) || [];
    expect(values.length).toBeGreaterThanOrEqual(8);
    values.forEach((value) => expect(typeof JSON.parse(value)).toBe('string'));
  });
});
