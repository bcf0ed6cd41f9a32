/**
 * Operations not yet described (no @ApiResponses, error codes not declared with @ApiErrors).
 * The response check accepts any answer from these; every other operation must document each
 * status and body it gives. Remove an entry when its route is described; never add one.
 */
export const PENDING_RESPONSE_SCHEMAS: ReadonlySet<string> = new Set([
  // routes added alongside the description's machinery, to be described next
  'BankAccountController_confirm',
  'BankAccountController_reject',
  'BankAccountController_request',
]);
