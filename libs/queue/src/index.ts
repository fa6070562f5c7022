export * from './job-outbox.entity';
export * from './job-queues';
export * from './jobs';
export * from './queue.module';
export * from './redis-options';
export * from './counter-client';
export * from './cache-evictions';
export * from './evictable-cache';
