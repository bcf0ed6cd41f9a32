import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobClient } from './job-client.js';
import { JOB_TRANSPORT, type JobTransport } from './job-transport.js';
import { JOBS_OPTIONS, JobWorkerHost, type JobsOptions } from './job-worker.host.js';

/**
 * Background jobs over BullMQ on the given transport (Redis or PostgreSQL): the client
 * everywhere, the workers where `runWorkers` is set.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(transport: JobTransport, options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      imports: [DiscoveryModule],
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, { provide: JOB_TRANSPORT, useValue: transport }, JobClient, JobWorkerHost],
      exports: [JobClient, JobWorkerHost, JOB_TRANSPORT],
    };
  }
}
