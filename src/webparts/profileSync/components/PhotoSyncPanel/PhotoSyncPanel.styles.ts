import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

// Layout only: the button and the banner bring their own theme colours.
export const getClassNames = memoizeFunction((): Record<'photoSync' | 'photoSyncAction', string> => mergeStyleSets({
  photoSync: { marginTop: 12, display: 'grid', gap: 8 },
  photoSyncAction: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }
}));
