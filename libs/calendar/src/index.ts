export * from './calendar.entity';
export * from './calendar.errors';
export * from './calendar.module';
export * from './calendar.plugin';
export * from './calendar.service';
export * from './working-days';
export * from './working-days-sql';
