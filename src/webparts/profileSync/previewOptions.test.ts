import { PREVIEW_STATES } from '../../preview';
import { PREVIEW_OPTIONS, previewLabel } from './previewOptions';

describe('the property pane\'s preview choices', () => {
  it('offer "none" and every preview state', () => {
    expect(PREVIEW_OPTIONS).toEqual(['none'].concat(PREVIEW_STATES as unknown as string[]));
  });

  it('each have a label from loc/', () => {
    expect(PREVIEW_OPTIONS.map(previewLabel)).toEqual([
      'Preview: none (show the real check)', 'In sync', 'Photo missing in SharePoint', 'Photo missing in Microsoft 365', 'Photos differ',
      "Photos couldn't be compared", 'Properties differ', "A property that isn't synced differs",
      'Error: Microsoft 365 access not approved', 'Error: services unavailable'
    ]);
  });
});
