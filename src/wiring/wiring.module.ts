import { type DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { LogisticsWiringModule } from './logistics-wiring.module.js';
import { MessagingWiringModule } from './messaging-wiring.module.js';
import { PayrollWiringModule } from './payroll-wiring.module.js';

/** The port bindings, each module exporting the tokens it binds. */
export const BINDINGS: readonly Type[] = [LogisticsWiringModule, PayrollWiringModule, MessagingWiringModule];

/**
 * The composition root of the ports: the one global module besides configuration, database,
 * logging and jobs. It binds nothing itself; it makes the bindings of src/wiring visible to the
 * feature modules that consume them, which inject every port as required (no `@Optional()`):
 * a port without a binding stops the boot with Nest's message naming the consumer and the token.
 * `bindings` replaces the default list (tests leave a port out on purpose).
 */
@Global()
@Module({})
export class WiringModule {
  static forRoot(bindings: readonly Type[] = BINDINGS): DynamicModule {
    return { module: WiringModule, imports: [...bindings], exports: [...bindings] };
  }
}
