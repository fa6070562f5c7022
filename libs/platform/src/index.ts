export * from './compliance-rule';
export * from './domain-plugin';
export * from './lifecycle-hooks';
export * from './platform.module';
export * from './plugin-hooks';
export * from './plugin-registry';
export * from './policy-definition';
export * from './process-registry';
