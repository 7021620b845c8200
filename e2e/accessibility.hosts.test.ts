import { itHasNoSeriousViolations } from './support/accessibility';
import { useBrowserSession } from './support/session';

jest.setTimeout(120000);

const session = useBrowserSession();

describe('stays readable in Teams and on every section background', () => {
  const variants: Array<Record<string, string>> = [
    { host: 'teams', teamsTheme: 'default' }, { host: 'teams', teamsTheme: 'dark' }, { host: 'teams', teamsTheme: 'contrast' },
    { section: 'neutral' }, { section: 'soft' }, { section: 'strong' }, { section: 'strong', theme: 'dark' }
  ];
  variants.forEach((query) => {
    ['property-drift', 'photo-not-in-sharepoint', 'graph-permission-missing'].forEach((persona) => {
      itHasNoSeriousViolations(session, persona, query, `${persona}, ${JSON.stringify(query)}`);
    });
  });
});
