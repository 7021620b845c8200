import { wrapPoints } from './wrapPoints';

describe('wrapPoints', () => {
  it('lets an e-mail address break after the @ and after each dot, never inside a word', () => {
    expect(wrapPoints('kari.nordmann@contoso.onmicrosoft.com')).toEqual(['kari.', 'nordmann@', 'contoso.', 'onmicrosoft.', 'com']);
  });

  it('keeps the whole value when joined again', () => {
    const value = 'https://contoso-my.sharepoint.com/personal/kari_nordmann';
    expect(wrapPoints(value).join('')).toBe(value);
  });

  it('leaves plain words and a trailing dot whole', () => {
    expect(wrapPoints('Senior engineer')).toEqual(['Senior engineer']);
    expect(wrapPoints('Oslo.')).toEqual(['Oslo.']);
    expect(wrapPoints('')).toEqual([]);
  });
});
