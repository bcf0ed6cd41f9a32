import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PdfRenderer } from './pdf-renderer.js';

/** One {@link PdfRenderer} per process; Chromium starts on the first render only (API processes without workers never start it). */
@Module({
  providers: [
    {
      provide: PdfRenderer,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new PdfRenderer({
          executablePath: config.reports.chromiumPath,
          poolSize: config.reports.pagePool,
          rendersPerBrowser: config.reports.rendersPerBrowser,
          timeoutMs: config.reports.renderTimeoutMs,
        }),
    },
  ],
  exports: [PdfRenderer],
})
export class PdfModule {}
