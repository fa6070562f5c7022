export * from './training-scans';
export * from './training-session.entity';
export * from './training.enums';
export * from './training.module';
export * from './training.rules';
export * from './training.service';
export * from './training.errors';
