// The applied-in-order list of schema migrations. `npm run db:migration:create` appends to it.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125100342 } from './Migration20261125100342';
import { Migration20261125094034 } from './Migration20261125094034';
import { Migration20261125090608 } from './Migration20261125090608';
import { Migration20261125090512 } from './Migration20261125090512';
import { Migration20261125090032 } from './Migration20261125090032';
import { Migration20261125085911 } from './Migration20261125085911';
import { Migration20261125084002 } from './Migration20261125084002';
import { Migration20261125083823 } from './Migration20261125083823';
import { Migration20261125083331 } from './Migration20261125083331';
import { Migration20261125082308 } from './Migration20261125082308';
import { Migration20261125081349 } from './Migration20261125081349';
import { Migration20261124224959 } from './Migration20261124224959';
import { Migration20261124223727 } from './Migration20261124223727';
import { Migration20261124220227 } from './Migration20261124220227';
import { Migration20261124214803 } from './Migration20261124214803';
import { Migration20261124030624 } from './Migration20261124030624';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124030624', class: Migration20261124030624 },
  { name: 'Migration20261124214803', class: Migration20261124214803 },
  { name: 'Migration20261124220227', class: Migration20261124220227 },
  { name: 'Migration20261124223727', class: Migration20261124223727 },
  { name: 'Migration20261124224959', class: Migration20261124224959 },
  { name: 'Migration20261125081349', class: Migration20261125081349 },
  { name: 'Migration20261125082308', class: Migration20261125082308 },
  { name: 'Migration20261125083331', class: Migration20261125083331 },
  { name: 'Migration20261125083823', class: Migration20261125083823 },
  { name: 'Migration20261125084002', class: Migration20261125084002 },
  { name: 'Migration20261125085911', class: Migration20261125085911 },
  { name: 'Migration20261125090032', class: Migration20261125090032 },
  { name: 'Migration20261125090512', class: Migration20261125090512 },
  { name: 'Migration20261125090608', class: Migration20261125090608 },
  { name: 'Migration20261125094034', class: Migration20261125094034 },
  { name: 'Migration20261125100342', class: Migration20261125100342 },
];
