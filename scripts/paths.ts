// Resolves the monorepo's `@gridhr/<lib>` imports at run time (the TypeScript `paths` mapping is
// compile-time only): to the compiled libraries for `node`, to the sources for jest's global setup.
import Module from 'node:module';
import path from 'node:path';

type Resolve = (request: string, ...rest: unknown[]) => string;

export function mapGridhrImports(libsRoot: string, entryFile: string): void {
  const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
  const original = moduleWithResolve._resolveFilename;
  moduleWithResolve._resolveFilename = function resolve(this: unknown, request: string, ...rest: unknown[]): string {
    const match = /^@gridhr\/([a-z-]+)$/.exec(request);
    return original.call(this, match ? path.join(libsRoot, match[1], 'src', entryFile) : request, ...rest);
  };
}
