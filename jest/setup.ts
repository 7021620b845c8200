import { setIconOptions } from '@fluentui/react/lib/Styling';

// Icons are provided by the SharePoint page (or the fake tenant's page), not by tests.
setIconOptions({ disableWarnings: true });

// jsdom has no object URLs; the page only needs a string it can put in <img src>.
if (typeof URL.createObjectURL !== 'function') {
  let next = 0;
  URL.createObjectURL = (): string => `blob:http://localhost/photo-${++next}`;
  URL.revokeObjectURL = (): void => undefined;
}
