// Lets a child `node` process run the TypeScript sources (for tests that start real worker processes):
// compiles each .ts file on load with the project's settings and maps @gridhr/<lib> to libs/<lib>/src.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const root = path.resolve(__dirname, '..', '..');
const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
const compilerOptions = {
  ...ts.convertCompilerOptionsFromJson(config.compilerOptions, root).options,
  module: ts.ModuleKind.CommonJS,
  sourceMap: false,
  inlineSourceMap: true,
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const match = /^@gridhr\/([a-z-]+)$/.exec(request);
  return resolve.call(this, match ? path.join(root, 'libs', match[1], 'src', 'index.ts') : request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
