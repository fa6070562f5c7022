// Preloaded with `node -r ./dist/scripts/register-paths.js`: maps @gridhr/* to dist/libs/*.
import path from 'node:path';
import { mapGridhrImports } from './paths';

mapGridhrImports(path.resolve(__dirname, '..', 'libs'), 'index.js');
