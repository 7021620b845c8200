import { initialsOf } from './initials';

describe('initialsOf', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initialsOf('Kari Nordmann')).toBe('KN');
    expect(initialsOf('  åse   marie   ødegård ')).toBe('ÅØ');
  });

  it('uses one letter for a one-word name and leaves out a bracketed note', () => {
    expect(initialsOf('Reception')).toBe('R');
    expect(initialsOf('Kari Nordmann (Sales)')).toBe('KN');
  });

  it('gives none for a name without letters, so the page shows a neutral face', () => {
    expect(initialsOf('')).toBeUndefined();
    expect(initialsOf('+47 22 33 44 55')).toBeUndefined();
    expect(initialsOf('<script>')).toBeUndefined();
  });
});
