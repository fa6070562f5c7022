export * from './policy-setting.entity';
export * from './policy.catalog';
export * from './policy.module';
export * from './policy.rules';
export * from './policy.service';
