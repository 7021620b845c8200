import { COMPARED_FIELDS } from '../../../profile';
import { fieldLabel } from './fieldLabel';

describe('fieldLabel', () => {
  it('gives every compared field a label of its own from loc/', () => {
    const labels = COMPARED_FIELDS.map(fieldLabel);
    expect(labels).toEqual(['Display name', 'First name', 'Last name', 'Job title', 'Department', 'Office', 'Work phone', 'Work email', 'Mobile phone']);
  });

  it('shows a field it has no label for by its own name rather than nothing', () => {
    expect(fieldLabel('employeeId')).toBe('employeeId');
    expect(fieldLabel('toString')).toBe('toString');
  });
});
