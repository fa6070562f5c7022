export * from './auth.module';
export * from './auth.service';
export * from './user.entity';
export * from './auth.errors';
export * from './access.plugin';
export * from './auth.plugin';
