export * from './auth.module';
export * from './auth.service';
export * from './user.entity';
