import { Global, Module } from '@nestjs/common';
import { CacheEvictions } from './cache-evictions';
import { CounterClient } from './counter-client';
import { Jobs } from './job-queues';

/** BullMQ on the configured Redis, shared by the api (producers) and the worker, the one client for counters, and the caches' evictions. */
@Global()
@Module({ providers: [Jobs, CounterClient, CacheEvictions], exports: [Jobs, CounterClient, CacheEvictions] })
export class QueueModule {}
