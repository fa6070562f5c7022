export * from './overview.module';
export * from './overview.plugin';
export * from './overview.service';
