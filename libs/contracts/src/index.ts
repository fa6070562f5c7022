export * from './contract-scans';
export * from './contract.entity';
export * from './contract.enums';
export * from './contract.rules';
export * from './contracts.module';
export * from './contracts.service';
export * from './insurance-policy.entity';
export * from './insurance.service';
