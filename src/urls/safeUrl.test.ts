import { isHttpsUrl, safeUrl } from './safeUrl';

describe('safeUrl lets only https (or an allowed origin) reach a link or image', () => {
  it('keeps https addresses', () => {
    expect(safeUrl('https://contoso.sharepoint.com/_layouts/15/userphoto.aspx?size=M')).toBe('https://contoso.sharepoint.com/_layouts/15/userphoto.aspx?size=M');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://contoso.sharepoint.com/photo.jpg',
    '//evil.example/photo.jpg',
    '/_layouts/15/userphoto.aspx',
    'https://',
    ''
  ])('refuses %p', (value) => {
    expect(safeUrl(value)).toBeUndefined();
  });

  it('allows the fake tenant origin only when it is named', () => {
    expect(safeUrl('http://localhost:4321/u/x/sp/photo.jpg')).toBeUndefined();
    expect(safeUrl('http://localhost:4321/u/x/sp/photo.jpg', ['http://localhost:4321'])).toBe('http://localhost:4321/u/x/sp/photo.jpg');
    expect(safeUrl('http://localhost:4322/u/x/sp/photo.jpg', ['http://localhost:4321'])).toBeUndefined();
  });

  it('tells the property pane whether an address is a full https one', () => {
    expect(isHttpsUrl('https://www.microsoft365.com/')).toBe(true);
    expect(isHttpsUrl('www.microsoft365.com')).toBe(false);
  });
});
