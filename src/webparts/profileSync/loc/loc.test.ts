import * as fs from 'fs';
import * as path from 'path';

// Every string a user reads lives in loc/; each language file must have every key, filled in.
const LOC = __dirname;

function load(file: string): Record<string, string> {
  let strings: Record<string, string> = {};
  const define = (_deps: unknown, factory: () => Record<string, string>): void => { strings = factory(); };
  new Function('define', fs.readFileSync(path.join(LOC, file), 'utf8'))(define);
  return strings;
}

const declared = (fs.readFileSync(path.join(LOC, 'mystrings.d.ts'), 'utf8').match(/^\s+(\w+): string;$/gm) || [])
  .map((line) => line.trim().replace(': string;', ''));
const languages = fs.readdirSync(LOC).filter((f) => /^[a-z]{2}-[a-z]{2}\.js$/.test(f));

describe('localized strings', () => {
  it('come in English and Norwegian (Bokmål)', () => {
    expect(languages.sort()).toEqual(['en-us.js', 'nb-no.js']);
  });

  it.each(languages)('%s has every declared key, none empty, and nothing undeclared', (file) => {
    const strings = load(file);
    expect(Object.keys(strings).sort()).toEqual(declared.slice().sort());
    declared.forEach((key) => expect(`${key}: ${typeof strings[key] === 'string' && strings[key].trim() !== ''}`).toBe(`${key}: true`));
  });

  it('keeps the same {0} placeholders in every language', () => {
    const english = load('en-us.js');
    languages.forEach((file) => {
      const strings = load(file);
      declared.forEach((key) => {
        const placeholders = (text: string): string => (text.match(/\{\d\}/g) || []).sort().join();
        expect(`${file} ${key} ${placeholders(strings[key])}`).toBe(`${file} ${key} ${placeholders(english[key])}`);
      });
    });
  });

  it('is really translated: Norwegian differs from English except for names', () => {
    const english = load('en-us.js');
    const norwegian = load('nb-no.js');
    const same = declared.filter((key) => english[key] === norwegian[key]);
    expect(same).toEqual(['ListSeparator', 'TableSharePoint', 'TableMicrosoft365', 'TableStatus'].filter((k) => same.indexOf(k) >= 0));
  });
});
