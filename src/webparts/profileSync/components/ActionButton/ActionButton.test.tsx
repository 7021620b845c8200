import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { expectNoAxeViolations } from '../../testing/axe';
import { ActionButton } from '.';

describe('ActionButton', () => {
  it('does what it says when pressed', () => {
    const onClick = jest.fn();
    render(<ActionButton action="check-again" theme={getTheme()} onClick={onClick}>Check again</ActionButton>);
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('cannot be pressed while disabled, and says so to screen readers', () => {
    const onClick = jest.fn();
    render(<ActionButton action="sync-photo" primary={true} disabled={true} theme={getTheme()} onClick={onClick}>Sync my photo</ActionButton>);
    const button = screen.getByRole('button', { name: 'Sync my photo' }) as HTMLButtonElement;
    fireEvent.click(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(onClick).not.toHaveBeenCalled();
  });

  it('keeps keyboard focus when it becomes busy, so focus never falls to the page', async () => {
    const theme = getTheme();
    const { rerender, container } = render(<ActionButton action="check-again" theme={theme} onClick={jest.fn()}>Check again</ActionButton>);
    const button = screen.getByRole('button', { name: 'Check again' }) as HTMLButtonElement;
    button.focus();
    rerender(<ActionButton action="check-again" disabled={true} theme={theme} onClick={jest.fn()}>Checking…</ActionButton>);
    expect(document.activeElement).toBe(button);
    expect(button.disabled).toBe(false);
    await expectNoAxeViolations(container);
  });

  it('carries its data-action hook and is an accessible button', async () => {
    const { container } = render(<ActionButton action="copy-details" theme={getTheme()} onClick={jest.fn()}>Copy details</ActionButton>);
    expect(screen.getByRole('button', { name: 'Copy details' }).getAttribute('data-action')).toBe('copy-details');
    await expectNoAxeViolations(container);
  });
});
