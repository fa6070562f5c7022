export * from './budget.entity';
export * from './budget.errors';
export * from './budget.module';
export * from './budget.plugin';
export * from './budget.policies';
export * from './budget.rules';
export * from './budget.service';
