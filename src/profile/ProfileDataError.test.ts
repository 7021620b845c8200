import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ProfileDataError } from './ProfileDataError';

describe('ProfileDataError', () => {
  it('can be told apart from other errors by instanceof and by name', () => {
    const error: unknown = new ProfileDataError('graphUser: expected an object, got null.');

    expect(error).toBeInstanceOf(ProfileDataError);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ProfileDataError');
    expect((error as Error).message).toBe('graphUser: expected an object, got null.');
  });

  it('still works with instanceof when compiled to ES5, as the SPFx build does', () => {
    // Jest compiles to ES2019, where subclassing Error just works; compile the file as SPFx does.
    const source = fs.readFileSync(path.join(__dirname, 'ProfileDataError.ts'), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS }
    });
    const compiled: { exports: { ProfileDataError?: new (message: string) => Error } } = { exports: {} };
    new Function('exports', 'module', outputText)(compiled.exports, compiled);
    const Es5ProfileDataError = compiled.exports.ProfileDataError!;

    const error = new Es5ProfileDataError('sharePointProfile: expected an object, got null.');

    expect(error instanceof Es5ProfileDataError).toBe(true);
    expect(error.name).toBe('ProfileDataError');
    expect(error.message).toBe('sharePointProfile: expected an object, got null.');
  });
});
