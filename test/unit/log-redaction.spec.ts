import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { loadConfig } from '../../src/common/config/config.js';
import { loggerParams, REDACT_PATHS } from '../../src/common/logging/logger.js';

describe('log redaction', () => {
  it('censors IBANs, personal ids, names, contacts, amounts and tokens wherever they appear', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const params = loggerParams(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }));
    const options = params.pinoHttp as { redact: { paths: string[]; censor: string } };
    expect(options.redact.paths).toEqual(REDACT_PATHS);
    const log = pino({ redact: options.redact }, sink);
    log.info(
      {
        staff: {
          id: 'a1',
          iban: 'XK051212012345678906',
          nationalId: '1234567890',
          fullName: 'Arbër Krasniqi',
          phone: '+383 44 123 456',
          email: 'a@b.c',
        },
        pay: { amount: '123.45', net: '100.00', gross: '123.45' },
        login: { password: 'secret password' },
        body: 'national_id,iban\n1234567890,XK05...',
      },
      'event',
    );
    const out = lines.join('');
    for (const secret of ['XK0512', '1234567890', 'Arbër', '+383', 'a@b.c', '123.45', '100.00', 'secret password']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('"id":"a1"');
    expect(out).toContain('[redacted]');
  });
});
