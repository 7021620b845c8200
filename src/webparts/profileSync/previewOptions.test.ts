import { PREVIEW_STATES } from '../../preview';
import { PREVIEW_OPTIONS, previewLabel } from './previewOptions';

describe('the property pane\'s preview choices', () => {
  it('offer "none" and every preview state', () => {
    expect(PREVIEW_OPTIONS).toEqual(['none'].concat(PREVIEW_STATES as unknown as string[]));
  });

  it('each have a label from loc/', () => {
    expect(PREVIEW_OPTIONS.map(previewLabel)).toEqual([
      'No preview (run the real check)', 'In sync', 'Photo not in SharePoint yet', 'Photo gone from Microsoft 365', 'Different photos',
      "Photos couldn't be compared", 'Different details', "A detail that isn't synced",
      'Problem: Microsoft 365 access not approved', 'Problem: services not answering'
    ]);
  });
});
