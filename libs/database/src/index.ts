export * from './database.module';
export * from './entities';
export * from './migrate';
export * from './orm-config';
