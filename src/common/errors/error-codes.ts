/**
 * Stable error codes and their HTTP status. Clients match on `code`, never on `message`.
 * Add a code here when a domain needs a new one; the exception filter reads only this table.
 */
export const ERROR_STATUS = {
  // generic
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  UNIQUE_VIOLATION: 409,
  SERIALIZATION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  // auth
  INVALID_CREDENTIALS: 401,
  TOKEN_INVALID: 401,
  // geography / field organisation
  MUNICIPALITY_UNKNOWN: 404,
  EA_UNKNOWN: 404,
  EA_IN_USE: 409,
  STAFF_UNKNOWN: 404,
  STAFF_IN_USE: 409,
  TEAM_UNKNOWN: 404,
  TEAM_IN_USE: 409,
  TEAM_INVALID: 422,
  ASSIGNMENT_UNKNOWN: 404,
  ASSIGNMENT_OVERLAP: 409,
  ASSIGNMENT_INVALID: 422,
  KKR_RULES_VIOLATED: 422,
  MUNICIPALITY_MISMATCH: 422,
  // imports
  IMPORT_INVALID: 422,
  IMPORT_FORMAT: 400,
  // payroll: tariffs and counts
  TARIFF_UNKNOWN: 404,
  TARIFF_INVALID: 422,
  TARIFF_NOT_IN_EFFECT: 409,
  // a feature that needs a PostgreSQL server (COPY), not the embedded PGlite fallback
  NEEDS_POSTGRESQL: 501,
  // users
  USER_UNKNOWN: 404,
  // payroll
  PAY_RUN_UNKNOWN: 404,
  PAY_RUN_NOT_APPROVED: 409,
  PAY_RUN_NOT_COMPUTED: 409,
  PAY_PERSON_UNKNOWN: 404,
  PAY_RUN_LOCKED: 409,
  PAY_RUN_FOUR_EYES: 403,
  PAY_RUN_STALE: 409,
  TARIFF_MISSING: 422,
  // reports
  REPORT_UNKNOWN: 404,
  REPORT_TYPE_UNKNOWN: 422,
  REPORT_NOT_READY: 409,
  REPORT_FAILED: 409,
  REPORT_EXPIRED: 410,
  REPORT_FILE_MISSING: 404,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
