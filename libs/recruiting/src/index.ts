export * from './campaign.entity';
export * from './recruiting.enums';
export * from './recruiting.module';
export * from './recruiting.rules';
export * from './recruiting.service';
export * from './working-days';
export * from './recruiting.errors';
