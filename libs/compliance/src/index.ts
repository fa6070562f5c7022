export * from './compliance-flag.entity';
export * from './compliance-rule';
export * from './compliance.enums';
export * from './compliance.module';
export * from './flags.service';
export * from './rule-registry';
export * from './scan-run.entity';
export * from './scan.service';
