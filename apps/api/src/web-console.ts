import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { NestExpressApplication } from '@nestjs/platform-express';

/** Where `npm run build:web` writes the console (dist/web at the repository root). */
export function defaultWebDir(): string {
  // __dirname is apps/api/src under ts-jest and dist/apps/api/src when compiled.
  const root = path.resolve(__dirname, '..', '..', '..');
  return path.join(path.basename(root) === 'dist' ? path.dirname(root) : root, 'dist', 'web');
}

/**
 * Helmet's default content security policy without `upgrade-insecure-requests`: county offices often run
 * the api over plain HTTP on their own network, where that directive would send the browser to an HTTPS
 * address nobody serves.
 */
export const CONTENT_SECURITY_POLICY = { directives: { upgradeInsecureRequests: null } };

/**
 * Paths the api answers itself (GraphQL and every @Controller: /health, the one-time /exports downloads);
 * everything else GET is the console's. A new controller's path goes here too, or the console's page
 * answers for it.
 */
const API_PATHS = /^\/(graphql|health|exports)(\/|$)/;

/**
 * Serves the built console at / with a single-page fallback (index.html for any other GET of a page address
 * that accepts HTML), leaving /graphql and /health to the api. The console's responses always carry helmet's content
 * security policy, so the console works under the one production sends. Without a build, nothing is served.
 */
export function serveConsole(app: NestExpressApplication, dir: string = defaultWebDir()): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const csp = helmet.contentSecurityPolicy(CONTENT_SECURITY_POLICY);
  // Vite names what it builds under /assets by content hash: cached for good; the rest (the icon) revalidates.
  const files = express.static(dir, {
    index: false,
    setHeaders: (res, file) =>
      res.setHeader('Cache-Control', file.startsWith(path.join(dir, 'assets') + path.sep) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    csp(req, res, () => {
      files(req, res, () => {
        // A missing file (an asset of an older build) stays a 404; only page addresses get the shell.
        if (path.extname(req.path) || !req.accepts('html')) return next();
        // The shell is never cached: it names the hashed assets of the current build.
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
      });
    });
  });
  return true;
}
