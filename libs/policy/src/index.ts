export * from './policy-setting.entity';
export * from './policy.module';
export * from './policy.plugin';
export * from './policy.rules';
export * from './policy.service';
