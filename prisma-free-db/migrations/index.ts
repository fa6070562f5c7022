// The applied-in-order list of schema migrations. `npm run db:migration:create` appends to it.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125090608 } from './Migration20261125090608';
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
  { name: 'Migration20261125090608', class: Migration20261125090608 },
];
