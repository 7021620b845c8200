import { setIconOptions } from '@fluentui/react/lib/Styling';

// Icons are provided by the SharePoint page (or the fake tenant's page), not by tests.
setIconOptions({ disableWarnings: true });
