import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { completeCheckIn } from '../../testing/checks';
import { expectNoAxeViolations } from '../../testing/axe';
import { IPhotoComparisonProps, PhotoComparison } from '.';

function renderPhotos(props: Partial<IPhotoComparisonProps>): HTMLElement {
  return render(<PhotoComparison allowedOrigins={[]} theme={getTheme()} {...props} />).container;
}

describe('PhotoComparison', () => {
  it('shows both photos side by side, each described, with whether they match', async () => {
    const { photos, photoMatch } = completeCheckIn('photo-differs');
    const container = renderPhotos({ sharePoint: photos.sharePoint, microsoft365: photos.microsoft365, match: photoMatch });
    expect(screen.getByAltText('Your profile photo as SharePoint shows it')).toBeTruthy();
    expect(screen.getByAltText('Your profile photo in Microsoft 365')).toBeTruthy();
    expect(screen.getByText('Different photos.')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('says "No photo" for a side without one, with the user\'s initials as Microsoft 365 shows them, and gives no comparison', async () => {
    const { photos } = completeCheckIn('photo-missing-in-microsoft365');
    const container = renderPhotos({ sharePoint: photos.sharePoint, microsoft365: photos.microsoft365, displayName: 'Kari Nordmann' });
    const side = container.querySelector('[data-photo="microsoft365"]') as HTMLElement;
    expect((side.querySelector('[data-photo-missing]') as HTMLElement).textContent).toBe('No photo');
    expect((side.querySelector('[data-initials]') as HTMLElement).textContent).toBe('KN');
    expect(side.querySelector('figcaption')?.textContent).toBe('In Microsoft 365');
    expect(container.querySelector('p')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('replaces a photo the browser cannot show with words instead of a broken image', () => {
    const container = renderPhotos({ microsoft365: { blob: new Blob(['not an image']) } });
    fireEvent.error(screen.getByAltText('Your profile photo in Microsoft 365'));
    expect((container.querySelector('[data-photo="microsoft365"]') as HTMLElement).textContent).toContain("Couldn't show this photo");
    expect(container.querySelector('img')).toBeNull();
  });

  it('never loads a photo from an address that is not https or an allowed origin', () => {
    const container = renderPhotos({ sharePoint: { url: 'javascript:alert(1)' }, match: 'unknown' });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText("Couldn't show this photo")).toBeTruthy();
    expect(screen.getByText("We couldn't compare the photos.")).toBeTruthy();
  });

  it('shows a plain face, not letters, when the name has none', () => {
    const container = renderPhotos({ displayName: '+47 22 33 44 55' });
    expect((container.querySelector('[data-photo="sharepoint"] [data-initials]') as HTMLElement).textContent).toBe('');
    expect(screen.getAllByText('No photo')).toHaveLength(2);
  });

  it('says when SharePoint last updated the photo', () => {
    renderPhotos({ updatedNote: 'Your SharePoint photo was last changed 25 Nov 2026, 09:26.' });
    expect(screen.getByText('Your SharePoint photo was last changed 25 Nov 2026, 09:26.')).toBeTruthy();
  });
});
