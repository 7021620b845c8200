import { displayValue, normaliseText, sameValue } from './sameValue';

describe('sameValue', () => {
  describe('text', () => {
    it('treats a composed and a decomposed accent as the same name (Unicode NFC)', () => {
      expect(sameValue('text', 'Ko\u0301ta', 'K\u00f3ta')).toBe(true);
    });

    it('still tells different letters apart after normalising', () => {
      expect(sameValue('text', 'K\u00f3ta', 'Kota')).toBe(false);
    });

    it('ignores white space around a value and collapses runs inside it', () => {
      expect(sameValue('text', '  Megan   Bowen\t', 'Megan Bowen')).toBe(true);
      expect(sameValue('text', 'Megan\u00a0Bowen', 'Megan Bowen')).toBe(true);
    });

    it('does not ignore white space that separates words', () => {
      expect(sameValue('text', 'MeganBowen', 'Megan Bowen')).toBe(false);
    });

    it('treats null, missing and empty as the same empty value', () => {
      expect(sameValue('text', null, '')).toBe(true);
      expect(sameValue('text', undefined, null)).toBe(true);
      expect(sameValue('text', '   ', undefined)).toBe(true);
    });

    it('does not treat an empty value as equal to a filled one', () => {
      expect(sameValue('text', '', 'Marketing')).toBe(false);
      expect(sameValue('text', null, 'Marketing')).toBe(false);
    });

    it('keeps case differences in names, which a sync would carry over', () => {
      expect(sameValue('text', 'marketing', 'Marketing')).toBe(false);
    });
  });

  describe('email', () => {
    it('compares addresses without regard to case', () => {
      expect(sameValue('email', 'MeganB@Contoso.onmicrosoft.com', ' meganb@contoso.onmicrosoft.com')).toBe(true);
    });

    it('tells different addresses apart', () => {
      expect(sameValue('email', 'meganb@contoso.com', 'megan.bowen@contoso.com')).toBe(false);
    });
  });

  describe('phone', () => {
    it('compares international numbers by their digits, whatever the spacing', () => {
      expect(sameValue('phone', '+47 22 33 44 55', '+4722334455')).toBe(true);
    });

    it('ignores brackets, dashes and spaces in local numbers', () => {
      expect(sameValue('phone', '(555) 010-2000', '555 010 2000')).toBe(true);
    });

    it('counts a leading + as part of the number', () => {
      expect(sameValue('phone', '+4722334455', '4722334455')).toBe(false);
    });

    it('tells different numbers apart', () => {
      expect(sameValue('phone', '+1 425 555 0109', '+1 425 555 0110')).toBe(false);
    });

    it('treats a missing number and an empty one as the same', () => {
      expect(sameValue('phone', null, '')).toBe(true);
    });
  });
});

describe('displayValue', () => {
  it('trims what the user will read but keeps inner spacing as typed', () => {
    expect(displayValue('  +47 22  33 44 55 ')).toBe('+47 22  33 44 55');
  });

  it('shows null and missing values as empty', () => {
    expect(displayValue(null)).toBe('');
    expect(displayValue(undefined)).toBe('');
  });
});

describe('normaliseText', () => {
  it('returns the NFC form with single spaces', () => {
    expect(normaliseText(' Jo\u0301  Nordmann ')).toBe('J\u00f3 Nordmann');
  });
});
