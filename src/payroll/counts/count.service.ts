import { Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal.js';
import { CountRepository, type CountFilter } from './count.repository.js';

/** Reads of EA counts: current versions and their history, within the caller's scope. */
@Injectable()
export class CountService {
  constructor(private readonly counts: CountRepository) {}

  list(p: Principal, f: Omit<CountFilter, 'currentOnly'>) {
    return this.counts.list(p.scope, { ...f, currentOnly: true });
  }

  history(p: Principal, f: Omit<CountFilter, 'currentOnly'>) {
    return this.counts.list(p.scope, { ...f, currentOnly: false });
  }
}
