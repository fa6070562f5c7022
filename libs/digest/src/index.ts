export * from './chat-robot.entity';
export * from './digest.enums';
export * from './digest.jobs';
export * from './digest.module';
export * from './digest.plugin';
export * from './digest.rules';
export * from './digest.service';
