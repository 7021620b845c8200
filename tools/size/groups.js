'use strict';
// Which package or source folder a module's bytes are charged to.

const RUNTIME_GROUP = '(webpack runtime and glue)';

/** The package or source folder a module belongs to, e.g. `@fluentui/react`, `src/profile`. */
function groupOf(moduleName) {
  const name = moduleName.split('!').pop().replace(/ \+ \d+ modules$/, '');
  if (/^webpack\/runtime\//.test(name) || /^(external|ignored) /.test(name)) return RUNTIME_GROUP;
  const packageStart = name.lastIndexOf('node_modules/');
  if (packageStart >= 0) {
    const parts = name.slice(packageStart + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  // lib/ is what tsc makes of src/; name the folder people edit.
  const compiled = /^\.\/lib\/(.+)$/.exec(name);
  if (compiled) {
    const parts = compiled[1].split('/');
    return parts.length > 1 ? `src/${parts[0]}` : 'src';
  }
  return name.replace(/^\.\//, '').split('/').slice(0, 2).join('/');
}

module.exports = { groupOf, RUNTIME_GROUP };
