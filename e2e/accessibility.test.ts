import { seriousViolations } from './support/axe';
import { openPersona } from './support/page';
import { useBrowserSession } from './support/session';

jest.setTimeout(120000);

const PERSONAS = ['in-sync', 'photo-not-in-sharepoint', 'old-photo-in-sharepoint', 'no-photo-anywhere', 'photo-removed-from-microsoft365',
  'property-drift', 'mobile-only-differs', 'graph-permission-missing', 'graph-throttled', 'sharepoint-unavailable',
  'corrupt-microsoft365-photo', 'oversized-microsoft365-photo', 'hostile-profile'];

const session = useBrowserSession();

describe('axe-core finds no serious or critical WCAG 2.1 AA violation', () => {
  ['light', 'dark'].forEach((theme) => {
    PERSONAS.forEach((persona) => {
      it(`${persona}, ${theme}`, async () => {
        await openPersona(session.page, session.tenant.url, persona, { theme });
        await session.page.locator('[data-action="check-again"]').waitFor();
        expect(await seriousViolations(session.page)).toEqual([]);
      });
    });
  });
});

describe('stays readable in Teams and on every section background', () => {
  const variants: Array<Record<string, string>> = [
    { host: 'teams', teamsTheme: 'default' }, { host: 'teams', teamsTheme: 'dark' }, { host: 'teams', teamsTheme: 'contrast' },
    { section: 'neutral' }, { section: 'soft' }, { section: 'strong' }, { section: 'strong', theme: 'dark' }
  ];
  variants.forEach((query) => {
    ['property-drift', 'photo-not-in-sharepoint', 'graph-permission-missing'].forEach((persona) => {
      it(`${persona}, ${JSON.stringify(query)}`, async () => {
        await openPersona(session.page, session.tenant.url, persona, query);
        await session.page.locator('[data-action="check-again"]').waitFor();
        expect(await seriousViolations(session.page)).toEqual([]);
      });
    });
  });
});

