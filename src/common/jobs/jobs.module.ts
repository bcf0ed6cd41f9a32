import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobClient } from './job-client.js';
import { JOBS_OPTIONS, JobWorkerHost, type JobsOptions } from './job-worker.host.js';

/** Background jobs over BullMQ: the client everywhere, the workers where `runWorkers` is set. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      imports: [DiscoveryModule],
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobClient, JobWorkerHost],
      exports: [JobClient, JobWorkerHost],
    };
  }
}
