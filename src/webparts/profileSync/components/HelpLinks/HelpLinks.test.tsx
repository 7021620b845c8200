import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { expectNoAxeViolations } from '../../testing/axe';
import { HelpLinks, IHelpLinks } from '.';

const LINKS: IHelpLinks = {
  editProfile: 'https://www.microsoft365.com/',
  photoHelp: 'https://support.microsoft.com/photo',
  propertyHelp: 'https://learn.microsoft.com/sharepoint/user-profile-sync'
};

describe('HelpLinks', () => {
  it('offers the learn-more links in a named navigation region, opening in a new tab', async () => {
    const { container } = render(<HelpLinks links={LINKS} theme={getTheme()} />);
    expect(screen.getByRole('navigation', { name: 'Learn more' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'How profile photos get to SharePoint (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('https://support.microsoft.com/photo');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    await expectNoAxeViolations(container);
  });

  it('leaves out an address that is not https, and shows nothing when none is left', () => {
    const { container, rerender } = render(<HelpLinks links={{ ...LINKS, editProfile: 'javascript:alert(1)' }} theme={getTheme()} />);
    expect(screen.queryByRole('link', { name: /Update your profile in Microsoft 365/ })).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(2);
    rerender(<HelpLinks links={{ editProfile: '', photoHelp: 'http://example.com', propertyHelp: 'javascript:void 0' }} theme={getTheme()} />);
    expect(container.innerHTML).toBe('');
  });

  it('in Teams, hands the address to Teams instead of navigating inside the tab', () => {
    const openLink = jest.fn();
    render(<HelpLinks links={LINKS} openLink={openLink} theme={getTheme()} />);
    fireEvent.click(screen.getByRole('link', { name: 'Update your profile in Microsoft 365 (opens in a new tab)' }));
    expect(openLink).toHaveBeenCalledWith('https://www.microsoft365.com/');
  });
});
