import { Injectable } from '@nestjs/common';

/**
 * The server's clock, injected so that deadline decisions ("entries after it are refused")
 * are made by the server and tests can stand a second before or after a deadline.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
