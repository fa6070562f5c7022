import { Global, Module } from '@nestjs/common';
import { Jobs } from './job-queues';

/** BullMQ on the configured Redis, shared by the api (producers) and the worker. */
@Global()
@Module({ providers: [Jobs], exports: [Jobs] })
export class QueueModule {}
