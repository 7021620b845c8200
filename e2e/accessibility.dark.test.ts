import { AXE_PERSONAS, itHasNoSeriousViolations } from './support/accessibility';
import { useBrowserSession } from './support/session';

jest.setTimeout(120000);

const session = useBrowserSession();

describe('axe-core finds no serious or critical WCAG 2.1 AA violation', () => {
  AXE_PERSONAS.forEach((persona) => itHasNoSeriousViolations(session, persona, { theme: 'dark' }, `${persona}, dark`));
});
