import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { AuthModule } from './auth.module';
import { User } from './user.entity';

/** Users, login and the guard. */
export const authPlugin: DomainPlugin = {
  name: 'auth',
  module: AuthModule,
  entities: [User],
  costs: {
    importUsers: CostClass.FILE,
    userImportTemplate: CostClass.FILE,
  },
};
