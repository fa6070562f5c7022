import { Global, Module } from '@nestjs/common';
import { CounterClient } from './counter-client';
import { Jobs } from './job-queues';

/** BullMQ on the configured Redis, shared by the api (producers) and the worker, and the one client for counters. */
@Global()
@Module({ providers: [Jobs, CounterClient], exports: [Jobs, CounterClient] })
export class QueueModule {}
