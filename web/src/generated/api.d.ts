/**
 * Generated from the terren API description (OpenAPI): do not edit by hand.
 * Regenerate with `npm run api:types` after changing a route or a schema; the test
 * test/integration/web-api-types.spec.ts fails while this file is stale.
 */

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness and dependencies: 200 when PostgreSQL and the queue store (Redis or PostgreSQL) answer, 503 otherwise
     * @description Liveness and dependencies: 200 when PostgreSQL and the queue store (Redis or PostgreSQL) answer, 503 otherwise
     */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Audit trail, newest first by default (ADMIN). Keyset pages: pass `nextCursor` as `cursor` with the same `sort`.
     * @description Ordered by the time of the event (`-at`: newest first), then the event number.
     */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in; returns a short-lived bearer token and sets an HttpOnly refresh cookie that POST /auth/refresh trades for the next one (scripts may ignore it)
     * @description Sign in; returns a short-lived bearer token and sets an HttpOnly refresh cookie that POST /auth/refresh trades for the next one (scripts may ignore it)
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trade the refresh cookie for a new access token (and a new cookie); 401 SESSION_ENDED once the sign-in was revoked, idle too long or past its end
     * @description Trade the refresh cookie for a new access token (and a new cookie); 401 SESSION_ENDED once the sign-in was revoked, idle too long or past its end
     */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out: ends the refresh cookie’s sign-in (every tab) and clears the cookie
     * @description Sign out: ends the refresh cookie’s sign-in (every tab) and clears the cookie
     */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in user, role and municipality
     * @description The signed-in user, role and municipality
     */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Choose the signed-in user’s language (any role); the console saves the reader’s choice here
     * @description Choose the signed-in user’s language (any role); the console saves the reader’s choice here
     */
    patch: operations['AuthController_updateMe'];
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * All users by e-mail (ADMIN; ?limit=&cursor=)
     * @description All users by e-mail (ADMIN; ?limit=&cursor=)
     */
    get: operations['UsersController_list'];
    put?: never;
    /**
     * Create a user (ADMIN). MUNICIPALITY users need municipalityCode.
     * @description Create a user (ADMIN). MUNICIPALITY users need municipalityCode.
     */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Reset a password, (de)activate a user or change their role or municipality (ADMIN); revokes their tokens except on activation
     * @description Reset a password, (de)activate a user or change their role or municipality (ADMIN); revokes their tokens except on activation
     */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/censuses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every census with its current calendar (any signed-in role)
     * @description Every census with its current calendar (any signed-in role)
     */
    get: operations['CensusController_list'];
    put?: never;
    /**
     * Create a census with its calendar (ADMIN); 422 CENSUS_INVALID names every stage out of order
     * @description Create a census with its calendar (ADMIN); 422 CENSUS_INVALID names every stage out of order
     */
    post: operations['CensusController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/censuses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One census with its current calendar and what its last change moved
     * @description One census with its current calendar and what its last change moved
     */
    get: operations['CensusController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change name, languages, time zone, reference date, settings, or close/reopen (ADMIN)
     * @description Change name, languages, time zone, reference date, settings, or close/reopen (ADMIN)
     */
    patch: operations['CensusController_update'];
    trace?: never;
  };
  '/api/v1/censuses/{id}/calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every version of the census calendar, newest first: who, when, why, which stages changed
     * @description Every version of the census calendar, newest first: who, when, why, which stages changed
     */
    get: operations['CensusController_calendars'];
    put?: never;
    /**
     * Change stages of the calendar: the next version with a reason (ADMIN)
     * @description Competition dates still equal to the previous version follow; dates a competition overrode stay.
     */
    post: operations['CensusController_changeCalendar'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/censuses/{id}/copy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Copy a census with every date shifted (ADMIN): calendar, tariffs (new versions), training events, competitions and targets
     * @description Copy a census with every date shifted (ADMIN): calendar, tariffs (new versions), training events, competitions and targets
     */
    post: operations['CensusController_copy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/geography/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The 7 regions with their municipalities (Table 2 of the letter)
     * @description The 7 regions with their municipalities (Table 2 of the letter)
     */
    get: operations['GeographyController_regions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/geography/municipalities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * All 38 municipalities, optionally of one region (?region=<code>)
     * @description All 38 municipalities, optionally of one region (?region=<code>)
     */
    get: operations['GeographyController_municipalities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/geography/municipalities/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One municipality by its code
     * @description One municipality by its code
     */
    get: operations['GeographyController_municipality'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set the languages a municipality’s documents are printed in (ADMIN)
     * @description documentLocales: the languages of its documents when a request names none — the first alone, or two printed one after the other in one file. Audited.
     */
    patch: operations['GeographyController_update'];
    trace?: never;
  };
  '/api/v1/eas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Enumeration areas in the caller’s scope (?municipality=<code>&codePrefix=&sort=&limit=&cursor=)
     * @description Keyset pages: pass `nextCursor` as `cursor` with the same `sort`.
     */
    get: operations['EaController_list'];
    put?: never;
    /**
     * Create an enumeration area (ADMIN, LOGISTICS)
     * @description Create an enumeration area (ADMIN, LOGISTICS)
     */
    post: operations['EaController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/eas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One enumeration area
     * @description One enumeration area
     */
    get: operations['EaController_get'];
    put?: never;
    post?: never;
    /**
     * Delete an enumeration area that was never assigned (ADMIN, LOGISTICS)
     * @description Delete an enumeration area that was never assigned (ADMIN, LOGISTICS)
     */
    delete: operations['EaController_remove'];
    options?: never;
    head?: never;
    /**
     * Rename or move an enumeration area (ADMIN, LOGISTICS)
     * @description Rename or move an enumeration area (ADMIN, LOGISTICS)
     */
    patch: operations['EaController_update'];
    trace?: never;
  };
  '/api/v1/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Supervisors and enumerators in the caller’s scope (?municipality=&kind=&status=&teamCode=&q=&sort=&limit=&cursor=)
     * @description `q` matches the start of the national id or of any word of the name. Keyset pages: pass `nextCursor` as `cursor` with the same `sort`. Municipality users see IBANs masked.
     */
    get: operations['StaffController_list'];
    put?: never;
    /**
     * Register a supervisor or enumerator (ADMIN, FINANCE, LOGISTICS); the national id is unique nationally
     * @description Register a supervisor or enumerator (ADMIN, FINANCE, LOGISTICS); the national id is unique nationally
     */
    post: operations['StaffController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One person with their team, the teams they lead and their assignment periods not yet ended
     * @description One person with their team, the teams they lead and their assignment periods not yet ended
     */
    get: operations['StaffController_get'];
    put?: never;
    post?: never;
    /**
     * Delete a person without assignments who leads no team (ADMIN, FINANCE, LOGISTICS); others are ended with status LEFT
     * @description Delete a person without assignments who leads no team (ADMIN, FINANCE, LOGISTICS); others are ended with status LEFT
     */
    delete: operations['StaffController_remove'];
    options?: never;
    head?: never;
    /**
     * Change some fields of a person (ADMIN, FINANCE, LOGISTICS); kind and municipality are fixed once they have assignments or lead a team
     * @description Change some fields of a person (ADMIN, FINANCE, LOGISTICS); kind and municipality are fixed once they have assignments or lead a team
     */
    patch: operations['StaffController_update'];
    trace?: never;
  };
  '/api/v1/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Supervisor teams in the caller’s scope, by code (?municipality=&limit=&cursor=)
     * @description Supervisor teams in the caller’s scope, by code (?municipality=&limit=&cursor=)
     */
    get: operations['TeamController_list'];
    put?: never;
    /**
     * Create a team, optionally with a supervisor of the same municipality (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     * @description Create a team, optionally with a supervisor of the same municipality (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     */
    post: operations['TeamController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One team with its supervisor and members
     * @description One team with its supervisor and members
     */
    get: operations['TeamController_get'];
    put?: never;
    post?: never;
    /**
     * Delete a team without members (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     * @description Delete a team without members (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     */
    delete: operations['TeamController_remove'];
    options?: never;
    head?: never;
    /**
     * Set or clear the supervisor, add or remove enumerators of the same municipality (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     * @description Set or clear the supervisor, add or remove enumerators of the same municipality (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     */
    patch: operations['TeamController_update'];
    trace?: never;
  };
  '/api/v1/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * EA assignment periods in the caller’s scope (?eaId=&enumeratorId=&municipality=&activeOn=YYYY-MM-DD&sort=&limit=&cursor=)
     * @description Keyset pages: pass `nextCursor` as `cursor` with the same `sort`.
     */
    get: operations['AssignmentController_list'];
    put?: never;
    /**
     * Assign an EA to an enumerator for an inclusive period (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     * @description EA and enumerator of the same municipality; within the engagement when set; no day shared with another period of the EA (409 ASSIGNMENT_OVERLAP).
     */
    post: operations['AssignmentController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assignments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One assignment period
     * @description One assignment period
     */
    get: operations['AssignmentController_get'];
    put?: never;
    post?: never;
    /**
     * Delete an assignment period entered by mistake (ADMIN, LOGISTICS); history is normally kept by transferring instead
     * @description Delete an assignment period entered by mistake (ADMIN, LOGISTICS); history is normally kept by transferring instead
     */
    delete: operations['AssignmentController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assignments/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand the EA over to another enumerator from the cut-over date (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     * @description Closes this period the day before the cut-over and opens one for the new enumerator until the old end; returns both.
     */
    post: operations['AssignmentController_transfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-account-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bank-account changes, oldest request first (ADMIN, FINANCE); ?status=PENDING lists what awaits a second pair of eyes
     * @description Bank-account changes, oldest request first (ADMIN, FINANCE); ?status=PENDING lists what awaits a second pair of eyes
     */
    get: operations['BankAccountController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-account-changes/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a pending change (ADMIN, FINANCE; not its requester): the IBAN becomes the account pay runs use
     * @description Confirm a pending change (ADMIN, FINANCE; not its requester): the IBAN becomes the account pay runs use
     */
    post: operations['BankAccountController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-account-changes/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a pending change (ADMIN, FINANCE; its requester may withdraw it): the account in force stays
     * @description Reject a pending change (ADMIN, FINANCE; its requester may withdraw it): the account in force stays
     */
    post: operations['BankAccountController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/{id}/bank-accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every bank-account version of a person, newest first (ADMIN, FINANCE)
     * @description Every bank-account version of a person, newest first (ADMIN, FINANCE)
     */
    get: operations['BankAccountController_history'];
    put?: never;
    /**
     * Request a new IBAN for a person (ADMIN, FINANCE): a pending change until a second finance user confirms it; `requested: false` when the IBAN is already in force or pending
     * @description Request a new IBAN for a person (ADMIN, FINANCE): a pending change until a second finance user confirms it; `requested: false` when the IBAN is already in force or pending
     */
    post: operations['BankAccountController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/kkr-members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The KKR member list of a municipality (Table 1 of the letter), in position order
     * @description The KKR member list of a municipality (Table 1 of the letter), in position order
     */
    get: operations['KkrController_list'];
    /**
     * Replace the KKR member list (ADMIN, MUNICIPALITY for its own)
     * @description 1–11 members; at most one CHAIR, exactly one DEPUTY_CHAIR; exactly two contact persons: the deputy chair and a municipal staff member. Positions are 1..n in list order. Rule problems answer 422 KKR_RULES_VIOLATED with every problem, each with `row` = position and `field`.
     */
    put: operations['KkrController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/kkr-members/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the current KKR member list (ADMIN, MUNICIPALITY for its own)
     * @description Checks the stored list against the rules again (422 KKR_RULES_VIOLATED with every problem otherwise) and records a new confirmation version with a snapshot of the list, who confirmed it and when.
     */
    post: operations['KkrController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/kkr-confirmations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Confirmations of the KKR member list, newest first (who confirmed which version, when)
     * @description Confirmations of the KKR member list, newest first (who confirmed which version, when)
     */
    get: operations['KkrController_confirmations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One import batch
     * @description One import batch
     */
    get: operations['ImportsController_get'];
    put?: never;
    /**
     * Import EAs, staff or EA assignments from CSV or JSON, all or nothing (ADMIN, LOGISTICS, MUNICIPALITY for its own rows; FINANCE staff only). ?dryRun=true validates only.
     * @description A staff file with an `iban` column is for FINANCE and ADMIN only (other roles: 403 IBAN_FORBIDDEN); its IBANs become pending changes that a second finance user confirms. Without the column, stored bank details are untouched.
     */
    post: operations['ImportsController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Import batches, newest first (municipal users: batches of their municipality’s users). ?kind=&sort=&limit=&cursor=
     * @description Import batches, newest first (municipal users: batches of their municipality’s users). ?kind=&sort=&limit=&cursor=
     */
    get: operations['ImportsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/tariffs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every tariff version, newest first, paged (?census=<code or id>&limit=&cursor=; amounts as strings: "600.00", rates "0.3000")
     * @description Every tariff version, newest first, paged (?census=<code or id>&limit=&cursor=; amounts as strings: "600.00", rates "0.3000")
     */
    get: operations['TariffController_list'];
    put?: never;
    /**
     * Create the next tariff version of a census (ADMIN, FINANCE); pay months and windows not given come from its calendar. Versions are never edited; 422 TARIFF_INVALID lists every problem by field.
     * @description Create the next tariff version of a census (ADMIN, FINANCE); pay months and windows not given come from its calendar. Versions are never edited; 422 TARIFF_INVALID lists every problem by field.
     */
    post: operations['TariffController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/tariffs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One tariff version
     * @description One tariff version
     */
    get: operations['TariffController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/counts/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import EA counts per enumerator from CSV or JSON, all or nothing (ADMIN, FINANCE, MUNICIPALITY for its own EAs). A changed row adds a new version; ?dryRun=true validates only.
     * @description Import EA counts per enumerator from CSV or JSON, all or nothing (ADMIN, FINANCE, MUNICIPALITY for its own EAs). A changed row adds a new version; ?dryRun=true validates only.
     */
    post: operations['CountImportController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Current EA counts in the caller’s scope (?municipality=<code>&eaCode=&enumeratorId=<national id>&limit=&cursor=), by EA code and enumerator
     * @description Current EA counts in the caller’s scope (?municipality=<code>&eaCode=&enumeratorId=<national id>&limit=&cursor=), by EA code and enumerator
     */
    get: operations['CountController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/counts/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every version of EA counts, newest version first per (EA, enumerator), with who imported it and when
     * @description Every version of EA counts, newest version first per (EA, enumerator), with who imported it and when
     */
    get: operations['CountController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/mappings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Field mappings: how a field-system export becomes EA counts (ADMIN, FINANCE), by name (?limit=&cursor=)
     * @description Field mappings: how a field-system export becomes EA counts (ADMIN, FINANCE), by name (?limit=&cursor=)
     */
    get: operations['FieldMappingController_list'];
    put?: never;
    /**
     * Create a field mapping (Survey Solutions Tabular export, or CSV from CSWeb / ODK Central; docs/fieldwork.md)
     * @description Create a field mapping (Survey Solutions Tabular export, or CSV from CSWeb / ODK Central; docs/fieldwork.md)
     */
    post: operations['FieldMappingController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/mappings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One field mapping
     * @description One field mapping
     */
    get: operations['FieldMappingController_get'];
    /**
     * Replace a field mapping
     * @description Replace a field mapping
     */
    put: operations['FieldMappingController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/mappings/{id}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Imports of one mapping, newest first (?limit=&cursor=): which file (name, SHA-256), how many interviews, which count batch
     * @description Imports of one mapping, newest first (?limit=&cursor=): which file (name, SHA-256), how many interviews, which count batch
     */
    get: operations['FieldMappingController_imports'];
    put?: never;
    /**
     * Import a Survey Solutions Tabular export (zip) through this mapping: new count versions per (EA, enumerator), all or nothing
     * @description Send the archive as the request body (Content-Type application/zip). Only interviews in a counted status count (default ApprovedByHeadquarters). 422 IMPORT_INVALID names file, line and variable; the same archive twice answers unchanged: true.
     */
    post: operations['SusoImportController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/logins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Link CAPI logins (Survey Solutions `responsible`) to enumerators by national id, all or nothing
     * @description Link CAPI logins (Survey Solutions `responsible`) to enumerators by national id, all or nothing
     */
    put: operations['FieldMappingController_logins'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/mappings/{id}/csv-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a CSWeb / ODK Central CSV export through this CSV mapping: new count versions per (EA, enumerator), all or nothing
     * @description Columns as the mapping names them (docs/fieldwork.md, CSV exports). 422 IMPORT_INVALID names line and column; the same file twice answers unchanged: true.
     */
    post: operations['CsvImportController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Quality flags of current count versions (?open=true|false&eaCode=&limit=&cursor=), newest first; a municipality sees its own
     * @description Quality flags of current count versions (?open=true|false&eaCode=&limit=&cursor=), newest first; a municipality sees its own
     */
    get: operations['FlagController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/flags/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept a flag with a reason (FINANCE, ADMIN; audited): the row is paid by the next run unless another flag is open
     * @description Accept a flag with a reason (FINANCE, ADMIN; audited): the row is paid by the next run unless another flag is open
     */
    post: operations['FlagController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/flags/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Evaluate the rules on every current count version again (the "no approval for N days" rule moves with the date)
     * @description Evaluate the rules on every current count version again (the "no approval for N days" rule moves with the date)
     */
    post: operations['FlagController_evaluate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/quality-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Thresholds of the quality rules (defaults in docs/fieldwork.md)
     * @description Thresholds of the quality rules (defaults in docs/fieldwork.md)
     */
    get: operations['QualitySettingsController_get'];
    /**
     * Change the thresholds (ADMIN; audited); omitted ones take their defaults
     * @description Change the thresholds (ADMIN; audited); omitted ones take their defaults
     */
    put: operations['QualitySettingsController_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}/held': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a pay run held back: count lines with open quality flags, and why (?limit=&cursor=), by EA code
     * @description What a pay run held back: count lines with open quality flags, and why (?limit=&cursor=), by EA code
     */
    get: operations['HeldLinesController_held'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/expectations/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import expected figures per EA (pre-census listing or previous census), all or nothing; a row replaces the EA’s figures
     * @description Import expected figures per EA (pre-census listing or previous census), all or nothing; a row replaces the EA’s figures
     */
    post: operations['ProgressController_importExpectations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reported vs expected, share of EAs started/finished, daily approvals (?municipality=<code>); a municipality sees its own
     * @description Reported vs expected, share of EAs started/finished, daily approvals (?municipality=<code>); a municipality sees its own
     */
    get: operations['ProgressController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fieldwork/progress/eas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Progress per EA: reported vs expected, interviews, started, finished (?municipality=<code>&limit=&cursor=), by municipality and EA code
     * @description Progress per EA: reported vs expected, interviews, started, finished (?municipality=<code>&limit=&cursor=), by municipality and EA code
     */
    get: operations['ProgressController_perEa'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Per-person totals of a run (?status=PAYABLE|BLOCKED&municipality=<code>&limit=&cursor=); amounts as strings, by name
     * @description Municipality users see the people of their own municipality’s runs only (the same people whose lines, statements and statement pack they may already read).
     */
    get: operations['PayExportsController_people'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pay lines with provenance (?staffId=&municipality=&limit=&cursor=), by person; ?format=csv or Accept: text/csv streams every line as CSV
     * @description JSON: `{ items, total, nextCursor }`, rate "0.3000", amount "2.40". CSV: UTF-8 with BOM, amounts as plain numbers, text cells starting with = + - @ TAB CR prefixed with an apostrophe; machine header and columns (codes: line_type, unit, note_code, note_params as JSON), then `label` and `note` worded in the caller’s language (Accept-Language). Municipality users see lines of their own municipality’s runs only.
     */
    get: operations['PayExportsController_lines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}/people/{staffId}/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pay statement data of one person: grouped lines, each with its arithmetic ("1,234 × 0.80 = 987.20"), gross, deductions, net
     * @description Municipality users see the national id and IBAN masked except the last four characters.
     */
    get: operations['PayExportsController_statement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}/exports/bank.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bank transfer file of an APPROVED run: iban,name,amount,reference per payable person with net > 0 (ADMIN, FINANCE)
     * @description 409 PAY_RUN_NOT_APPROVED for other runs. The file total is checked against the run’s net total; the export is audited.
     */
    get: operations['PayExportsController_bank'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}/exports/summary.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * XLSX summary of a COMPUTED or APPROVED run: sheets Municipalities (with totals), People, Run (ADMIN, FINANCE)
     * @description Sheet names, headers and worded values in the language of Accept-Language (sq when none is supported). Money cells are numbers formatted #,##0.00; no cell holds a formula. A run not yet approved is marked as a draft.
     */
    get: operations['PayExportsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pay runs, newest first (?status=&municipality=<code>&census=<code or id>&limit=&cursor=); municipality users see their municipality’s runs only
     * @description Pay runs, newest first (?status=&municipality=<code>&census=<code or id>&limit=&cursor=); municipality users see their municipality’s runs only
     */
    get: operations['PayRunController_list'];
    put?: never;
    /**
     * Create a pay run (ADMIN, FINANCE): national, or one municipality; computed in the background
     * @description 202 with the run in status QUEUED; poll GET /payroll/runs/:id for progress and totals. Without tariffVersion the tariff in effect today is used (422 TARIFF_MISSING when none). The first run of a scope pays everything; later runs pay only differences to what approved runs paid (kind ADJUSTMENT).
     */
    post: operations['PayRunController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One pay run: status, progress, totals (gross, deductions, net of payable people) and totals per municipality
     * @description One pay run: status, progress, totals (gross, deductions, net of payable people) and totals per municipality
     */
    get: operations['PayRunController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a computed run (ADMIN, FINANCE; four eyes: not its creator)
     * @description 403 PAY_RUN_FOUR_EYES for the creator; 409 PAY_RUN_NOT_COMPUTED unless COMPUTED; 409 PAY_RUN_LOCKED when already approved (of concurrent approvals exactly one succeeds); 409 PAY_RUN_STALE when another overlapping run was approved after this one was computed (recompute it). Approved runs never change.
     */
    post: operations['PayRunController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Compute a COMPUTED or FAILED run again from current data (ADMIN, FINANCE); 409 PAY_RUN_LOCKED for approved runs
     * @description Compute a COMPUTED or FAILED run again from current data (ADMIN, FINANCE); 409 PAY_RUN_LOCKED for approved runs
     */
    post: operations['PayRunController_recompute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Contracts, by census and number (?municipality=<code>&staffId=&status=&census=<code>&limit=&cursor=); a municipality sees its own
     * @description Contracts, by census and number (?municipality=<code>&staffId=&status=&census=<code>&limit=&cursor=); a municipality sees its own
     */
    get: operations['ContractController_list'];
    put?: never;
    /**
     * Generate a person’s contract (ADMIN, FINANCE): the next number of the census (default: the census of the person’s competition), the period (default: the engagement)
     * @description Generate a person’s contract (ADMIN, FINANCE): the next number of the census (default: the census of the person’s competition), the period (default: the engagement)
     */
    post: operations['ContractController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One contract with its status and signature record
     * @description One contract with its status and signature record
     */
    get: operations['ContractController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/sent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a generated contract as sent to the person (409 CONTRACT_TRANSITION_INVALID otherwise)
     * @description Mark a generated contract as sent to the person (409 CONTRACT_TRANSITION_INVALID otherwise)
     */
    post: operations['ContractController_sent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/signature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the signature of a sent contract: JSON {signedOn, signedBy, paperReference}, or the scan as the body
     * @description A scan is sent as application/pdf, image/jpeg or image/png (at most 10 MB; its bytes must be of that kind) with ?signedOn=YYYY-MM-DD&signedBy=<name>.
     */
    post: operations['ContractController_signature'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/scan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The uploaded scan of the signed contract (404 CONTRACT_SCAN_MISSING when it was recorded on paper)
     * @description The uploaded scan of the signed contract (404 CONTRACT_SCAN_MISSING when it was recorded on paper)
     */
    get: operations['ContractController_scan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End a signed contract on the leaving date (ADMIN, FINANCE): it covers no day after it
     * @description End a signed contract on the leaving date (ADMIN, FINANCE): it covers no day after it
     */
    post: operations['ContractController_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/replace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace a contract not yet ended by a new one (new number, same census; ADMIN, FINANCE)
     * @description Replace a contract not yet ended by a new one (new number, same census; ADMIN, FINANCE)
     */
    post: operations['ContractController_replace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Competitions with their timelines; ?census=<code or id> keeps those of one census
     * @description Competitions with their timelines; ?census=<code or id> keeps those of one census
     */
    get: operations['CompetitionController_list'];
    put?: never;
    /**
     * Create a competition of a census (ADMIN, LOGISTICS); timeline dates not given come from the census calendar
     * @description `census` names the census by code or id; without it the only open census (422 CENSUS_AMBIGUOUS when several are open).
     */
    post: operations['CompetitionController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One competition with its census timeline
     * @description One competition with its census timeline
     */
    get: operations['CompetitionController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the name or timeline dates (ADMIN, LOGISTICS)
     * @description Change the name or timeline dates (ADMIN, LOGISTICS)
     */
    patch: operations['CompetitionController_update'];
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set staffing targets (ADMIN, LOGISTICS)
     * @description Per municipality and community: required supervisors and enumerators. Replaces the targets of each municipality named.
     */
    put: operations['CompetitionController_targets'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record assessment scores (0–100, two decimals), all or nothing (ADMIN, LOGISTICS)
     * @description Record assessment scores (0–100, two decimals), all or nothing (ADMIN, LOGISTICS)
     */
    post: operations['CompetitionController_scores'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/shortlists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Build and send the ranked shortlists of these municipalities to their commissions (ADMIN, LOGISTICS)
     * @description Per community ceil(1.5 × required enumerators) candidates; rank by score (higher first), then earlier submission, then national id.
     */
    post: operations['CompetitionController_shortlists'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/applications/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import online applications from CSV or JSON, all or nothing (ADMIN)
     * @description Columns: national_id, full_name, community, language, municipality_code (required); kind, phone, email. Every row error is reported (422 IMPORT_INVALID); after the deadline the whole file is refused.
     */
    post: operations['CompetitionController_importApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/deadline-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the deadline checks now (ADMIN); they also run periodically as a job
     * @description Run the deadline checks now (ADMIN); they also run periodically as a job
     */
    post: operations['CompetitionController_check'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit an application (online: ADMIN for ASK’s web form; paper: the municipality’s designated paper intake clerk)
     * @description Refused after the competition’s deadline by the server clock (409 APPLICATION_DEADLINE_PASSED); one application per national id per competition (409 APPLICATION_DUPLICATE).
     */
    post: operations['RecruitmentController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/deadline-flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Deadline flags: ASK sees all, a municipality its own; ?census=<code or id> keeps those of one census
     * @description Deadline flags: ASK sees all, a municipality its own; ?census=<code or id> keeps those of one census
     */
    get: operations['RecruitmentController_flags'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Applications of a municipality in a competition (?kind=&status=&channel=&community=&q=&sort=&limit=&cursor=)
     * @description Keyset pages in order of receipt (default) or by name; `q` matches the start of the national id or of any word of the name. A municipality sees supervisor applications only once ASK has published its supervisor selection.
     */
    get: operations['RecruitmentController_applications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Staffing targets of a municipality by community
     * @description Staffing targets of a municipality by community
     */
    get: operations['RecruitmentController_targets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/vacancy-notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Data of the municipality’s vacancy notice (for the PDF)
     * @description Data of the municipality’s vacancy notice (for the PDF)
     */
    get: operations['RecruitmentController_vacancyNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/shortlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The ranked shortlist sent to the commission, per community
     * @description The ranked shortlist sent to the commission, per community
     */
    get: operations['RecruitmentController_shortlist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/final-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public final list (names only, no personal data) once published
     * @description The public final list (names only, no personal data) once published
     */
    get: operations['RecruitmentController_finalList'];
    put?: never;
    /**
     * Finalise the list of enumerators (the commission)
     * @description Exactly the required number per community, all from the shortlist; a selected candidate ranked below the required number needs a written reason (422 FINAL_LIST_INVALID).
     */
    post: operations['RecruitmentController_finalise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/final-list/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The commission starts its final list: ASK can no longer re-send the shortlist unless ADMIN reopens it
     * @description Only after a shortlist was sent (409 SHORTLIST_NOT_SENT). Starting twice keeps the first start.
     */
    post: operations['RecruitmentController_startFinalList'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/shortlist/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reopen a shortlist whose final list was started, with a reason (ADMIN, audited), so ASK may re-send it
     * @description Reopen a shortlist whose final list was started, with a reason (ADMIN, audited), so ASK may re-send it
     */
    post: operations['RecruitmentController_reopenShortlist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish the final list: selected candidates become enumerators; answers the public list (names only)
     * @description Publish the final list: selected candidates become enumerators; answers the public list (names only)
     */
    post: operations['RecruitmentController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/reserve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The ranked reserve list per community
     * @description The ranked reserve list per community
     */
    get: operations['RecruitmentController_reserve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/replacements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Replacements of leaving enumerators in a municipality, oldest first
     * @description Replacements of leaving enumerators in a municipality, oldest first
     */
    get: operations['RecruitmentController_replacementList'];
    put?: never;
    /**
     * Record that an enumerator leaves (last day, reason) and propose the next reserve candidate
     * @description Same municipality and community; same language of work first; then reserve rank.
     */
    post: operations['RecruitmentController_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/replacements/{replacementId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The proposed candidate declines: they leave the reserve list and the next candidate is proposed
     * @description The proposed candidate declines: they leave the reserve list and the next candidate is proposed
     */
    post: operations['RecruitmentController_decline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/replacements/{replacementId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept the proposed replacement: staff record, EA hand-over from the cut-over, leaver’s engagement ended, hooks (one transaction)
     * @description Accept the proposed replacement: staff record, EA hand-over from the cut-over, leaver’s engagement ended, hooks (one transaction)
     */
    post: operations['RecruitmentController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}/paper-intake-clerks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * KKR members designated for paper intake (user ids and KKR positions)
     * @description KKR members designated for paper intake (user ids and KKR positions)
     */
    get: operations['PaperIntakeController_list'];
    /**
     * Designate a KKR member’s user account (a MUNICIPALITY user of this municipality) for paper intake
     * @description Designate a KKR member’s user account (a MUNICIPALITY user of this municipality) for paper intake
     */
    put: operations['PaperIntakeController_designate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/supervisors/ranking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Eligible, scored supervisor applications ranked per community against the targets; the ineligible with reasons
     * @description Eligible, scored supervisor applications ranked per community against the targets; the ineligible with reasons
     */
    get: operations['SupervisorController_ranking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/supervisors/selection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * ASK selects the supervisors (ADMIN)
     * @description Exactly the required number per community, from the ranking; a candidate ranked below the required number needs a written reason (422 SUPERVISOR_SELECTION_INVALID). Replaces an earlier selection until published.
     */
    post: operations['SupervisorController_select'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/supervisors/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish the supervisor selection (ADMIN): the selected become supervisors, each leading a new team
     * @description Publish the supervisor selection (ADMIN): the selected become supervisors, each leading a new team
     */
    post: operations['SupervisorController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/supervisors/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Selected supervisors with their teams and the ranked reserve; a municipality reads it once published (409 before)
     * @description Selected supervisors with their teams and the ranked reserve; a municipality reads it once published (409 before)
     */
    get: operations['SupervisorController_results'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/supervisors/replacements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Replacements of supervisors in a municipality
     * @description Replacements of supervisors in a municipality
     */
    get: operations['SupervisorController_list'];
    put?: never;
    /**
     * Record that a supervisor leaves (last day, reason) and propose the next supervisor reserve candidate (ADMIN)
     * @description Same municipality and community; same language of work first; then rank.
     */
    post: operations['SupervisorController_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/supervisors/replacements/{replacementId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The proposed supervisor declines: they leave the reserve and the next candidate is proposed (ADMIN)
     * @description The proposed supervisor declines: they leave the reserve and the next candidate is proposed (ADMIN)
     */
    post: operations['SupervisorController_decline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/municipalities/{code}/supervisors/replacements/{replacementId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept the proposed supervisor: staff record, teams handed over, leaver’s engagement ended, hooks (one transaction, ADMIN)
     * @description Accept the proposed supervisor: staff record, teams handed over, leaver’s engagement ended, hooks (one transaction, ADMIN)
     */
    post: operations['SupervisorController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recruitment/competitions/{id}/scores/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import ASK’s test scores from CSV or JSON, all or nothing (ADMIN, LOGISTICS); ?dryRun=true validates only
     * @description Columns: national_id, score (0–100, at most two decimals), kind (optional, ENUMERATOR or SUPERVISOR). Row errors: 422 IMPORT_INVALID naming row and column; unreadable body or header: 400 IMPORT_FORMAT. The same file twice changes nothing.
     */
    post: operations['ScoreImportController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/venues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Training venues with their rooms in the caller’s scope (?municipality=&limit=&cursor=)
     * @description Training venues with their rooms in the caller’s scope (?municipality=&limit=&cursor=)
     */
    get: operations['VenueController_list'];
    put?: never;
    /**
     * Create a venue (ADMIN, LOGISTICS; MUNICIPALITY for its own municipality)
     * @description Create a venue (ADMIN, LOGISTICS; MUNICIPALITY for its own municipality)
     */
    post: operations['VenueController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/venues/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One venue with its rooms
     * @description One venue with its rooms
     */
    get: operations['VenueController_get'];
    put?: never;
    post?: never;
    /**
     * Delete a venue and its rooms (refused while a published plan uses a room: 409 ROOM_IN_USE)
     * @description Delete a venue and its rooms (refused while a published plan uses a room: 409 ROOM_IN_USE)
     */
    delete: operations['VenueController_remove'];
    options?: never;
    head?: never;
    /**
     * Rename a venue, change its kind or address
     * @description Rename a venue, change its kind or address
     */
    patch: operations['VenueController_update'];
    trace?: never;
  };
  '/api/v1/training/venues/{id}/rooms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a room: seats, projector, TV, availability as inclusive date ranges ([] = no restriction)
     * @description Add a room: seats, projector, TV, availability as inclusive date ranges ([] = no restriction)
     */
    post: operations['VenueController_addRoom'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/rooms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One room with its venue
     * @description One room with its venue
     */
    get: operations['RoomController_get'];
    put?: never;
    post?: never;
    /**
     * Delete a room (refused while a published plan uses it: 409 ROOM_IN_USE)
     * @description Delete a room (refused while a published plan uses it: 409 ROOM_IN_USE)
     */
    delete: operations['RoomController_remove'];
    options?: never;
    head?: never;
    /**
     * Change a room
     * @description Change a room
     */
    patch: operations['RoomController_update'];
    trace?: never;
  };
  '/api/v1/training/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Training events (dates of their census calendar unless changed); ?census=<code or id>; KKR events warn when the room notice is late
     * @description Training events (dates of their census calendar unless changed); ?census=<code or id>; KKR events warn when the room notice is late
     */
    get: operations['TrainingEventController_list'];
    put?: never;
    /**
     * Create a training event of a census (ADMIN, LOGISTICS); dates default to its calendar; maxClassSize 25–30, default 30
     * @description Create a training event of a census (ADMIN, LOGISTICS); dates default to its calendar; maxClassSize 25–30, default 30
     */
    post: operations['TrainingEventController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One training event
     * @description One training event
     */
    get: operations['TrainingEventController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the name (null: named by its kind), dates, host room, notice date or class size of an event
     * @description Change the name (null: named by its kind), dates, host room, notice date or class size of an event
     */
    patch: operations['TrainingEventController_update'];
    trace?: never;
  };
  '/api/v1/training/events/defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a census’s events where missing, dated by its calendar: KKR per region, supervisors, enumerators (?census=<code or id>)
     * @description Create a census’s events where missing, dated by its calendar: KKR per region, supervisors, enumerators (?census=<code or id>)
     */
    post: operations['TrainingEventController_defaults'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/events/{id}/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Generate the next plan version for the event, nationally (region for KKR) or for one municipality; stored as DRAFT
     * @description Generate the next plan version for the event, nationally (region for KKR) or for one municipality; stored as DRAFT
     */
    post: operations['TrainingEventController_generate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Regional training schedule: regions, municipalities, KKR dates and host venues, other events
     * @description Regional training schedule: regions, municipalities, KKR dates and host venues, other events
     */
    get: operations['TrainingEventController_schedule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Room plans the caller may see (?event=&municipality=&limit=&cursor=), newest first
     * @description Room plans the caller may see (?event=&municipality=&limit=&cursor=), newest first
     */
    get: operations['TrainingPlanController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One plan: classes, rooms, venues, dates, shifts, trainees, explanations, shortfalls, moves (municipalities: their part)
     * @description One plan: classes, rooms, venues, dates, shifts, trainees, explanations, shortfalls, moves (municipalities: their part)
     */
    get: operations['TrainingPlanController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/plans/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a plan version: it becomes the pinned plan in force for its event and scope
     * @description Publish a plan version: it becomes the pinned plan in force for its event and scope
     */
    post: operations['TrainingPlanController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/plans/{id}/replan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-plan the pinned plan from current staff: next version (DRAFT), as few moves as possible, who moved listed
     * @description Re-plan the pinned plan from current staff: next version (DRAFT), as few moves as possible, who moved listed
     */
    post: operations['TrainingPlanController_replan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/sessions/{staffId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where a supervisor or enumerator is trained (plan in force): dates, venue, room, shift; null when unplanned
     * @description Where a supervisor or enumerator is trained (plan in force): dates, venue, room, shift; null when unplanned
     */
    get: operations['TrainingSessionController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/plans/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sessions of a plan with dates, clock times in the census time zone (and as instants) and address (municipalities: theirs)
     * @description Sessions of a plan with dates, clock times in the census time zone (and as instants) and address (municipalities: theirs)
     */
    get: operations['PlanSessionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/events/{id}/session-times': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Clock times of the morning and afternoon shifts of an event (census time zone) and what trainees bring
     * @description Clock times of the morning and afternoon shifts of an event (census time zone) and what trainees bring
     */
    put: operations['EventTimesController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/rooms/{id}/address': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Floor and directions of a room, as invitations print them
     * @description Floor and directions of a room, as invitations print them
     */
    put: operations['RoomAddressController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/plans/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Attendance per trainee and day of the plan’s event (municipalities: their trainees); KKR trainings: at least half per municipality
     * @description Attendance per trainee and day of the plan’s event (municipalities: their trainees); KKR trainings: at least half per municipality
     */
    get: operations['AttendanceController_view'];
    /**
     * Record attendance { records: [{ traineeId, day, present }] }: all or nothing; unchanged records are not rewritten
     * @description Record attendance { records: [{ traineeId, day, present }] }: all or nothing; unchanged records are not rewritten
     */
    put: operations['AttendanceController_record'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/plans/{id}/attendance/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import attendance from CSV (columns person = national id or trainee id, day, present = yes/no): all or nothing, row errors named
     * @description Import attendance from CSV (columns person = national id or trainee id, day, present = yes/no): all or nothing, row errors named
     */
    post: operations['AttendanceController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/item-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Item types (TABLET, BAG, POWER_BANK, LAPTOP, ...)
     * @description Item types (TABLET, BAG, POWER_BANK, LAPTOP, ...)
     */
    get: operations['EquipmentReferenceController_itemTypes'];
    put?: never;
    /**
     * Add an item type (ADMIN, LOGISTICS)
     * @description Add an item type (ADMIN, LOGISTICS)
     */
    post: operations['EquipmentReferenceController_createItemType'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/kits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Kit per staff role (defaults: enumerator = bag, tablet, power bank; supervisor = laptop, tablet)
     * @description Kit per staff role (defaults: enumerator = bag, tablet, power bank; supervisor = laptop, tablet)
     */
    get: operations['EquipmentReferenceController_kits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/kits/{role}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Replace the kit of a role (ADMIN, LOGISTICS); item types must exist
     * @description Replace the kit of a role (ADMIN, LOGISTICS); item types must exist
     */
    put: operations['EquipmentReferenceController_replaceKit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/chargeback-tariffs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Charge-back tariff versions: amount per item type for LOST and DAMAGED items
     * @description Charge-back tariff versions: amount per item type for LOST and DAMAGED items
     */
    get: operations['EquipmentReferenceController_tariffs'];
    put?: never;
    /**
     * The next charge-back tariff version (ADMIN, LOGISTICS, FINANCE), in force from effectiveFrom
     * @description The next charge-back tariff version (ADMIN, LOGISTICS, FINANCE), in force from effectiveFrom
     */
    post: operations['EquipmentReferenceController_createTariff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Items in the caller’s scope by serial (?municipality=&store=ASK&status=&type=&serial=&limit=&cursor=)
     * @description `serial` matches the start of the serial. `store=ASK`: the ASK central store only (national callers).
     */
    get: operations['ItemController_list'];
    put?: never;
    /**
     * Register one item (ADMIN, LOGISTICS); in the ASK store unless a municipality is given
     * @description Register one item (ADMIN, LOGISTICS); in the ASK store unless a municipality is given
     */
    post: operations['ItemController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One item: type, serial, status, location, holder
     * @description One item: type, serial, status, location, holder
     */
    get: operations['ItemController_get'];
    put?: never;
    post?: never;
    /**
     * Delete an item registered by mistake and never handed out (ADMIN, LOGISTICS)
     * @description Delete an item registered by mistake and never handed out (ADMIN, LOGISTICS)
     */
    delete: operations['ItemController_remove'];
    options?: never;
    head?: never;
    /**
     * Correct an item’s storage room or status (IN_STORAGE, DAMAGED, LOST) (ADMIN, LOGISTICS)
     * @description Correct an item’s storage room or status (IN_STORAGE, DAMAGED, LOST) (ADMIN, LOGISTICS)
     */
    patch: operations['ItemController_update'];
    trace?: never;
  };
  '/api/v1/equipment/items/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register many serials at once from JSON or CSV, all or nothing (ADMIN, LOGISTICS)
     * @description JSON: `{municipalityCode?, storageRoomId?, items: [{typeCode, serial}]}`. CSV (text/csv, UTF-8 with or without BOM, `,` or `;`): a header row `type_code,serial` and one item per line; the location goes in the query (`?municipalityCode=&storageRoomId=`). Any bad row answers 422 IMPORT_INVALID listing every problem as {row, field, reason} (JSON: row = 1-based position, field = key; CSV: row = line in the file, header = 1, field = column); nothing is written. A CSV header problem (unknown, missing or repeated column) or an unreadable file answers 400 IMPORT_FORMAT.
     */
    post: operations['ItemController_bulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Deliveries to municipalities in the caller’s scope, newest first (?municipality=&census=&limit=&cursor=)
     * @description Deliveries to municipalities in the caller’s scope, newest first (?municipality=&census=&limit=&cursor=)
     */
    get: operations['ItemController_deliveries'];
    put?: never;
    /**
     * Deliver items of a census into a municipality’s storage (ADMIN, LOGISTICS); default date: the census’s first supervisor-training day
     * @description Deliver items of a census into a municipality’s storage (ADMIN, LOGISTICS); default date: the census’s first supervisor-training day
     */
    post: operations['ItemController_deliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/municipalities/{code}/storage-rooms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Storage rooms of a municipality
     * @description Storage rooms of a municipality
     */
    get: operations['MunicipalEquipmentController_rooms'];
    put?: never;
    /**
     * Add a storage room (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     * @description Add a storage room (ADMIN, LOGISTICS, MUNICIPALITY for its own)
     */
    post: operations['MunicipalEquipmentController_addRoom'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/municipalities/{code}/equipment-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Spare percentage of a municipality (default 10 %, spares per type = ceil(needed × % ÷ 100))
     * @description Spare percentage of a municipality (default 10 %, spares per type = ceil(needed × % ÷ 100))
     */
    get: operations['MunicipalEquipmentController_settings'];
    /**
     * Set the spare percentage (ADMIN, LOGISTICS)
     * @description Set the spare percentage (ADMIN, LOGISTICS)
     */
    put: operations['MunicipalEquipmentController_setSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/municipalities/{code}/distribution-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Versions of a municipality’s distribution plan, newest first
     * @description Versions of a municipality’s distribution plan, newest first
     */
    get: operations['MunicipalEquipmentController_plans'];
    put?: never;
    /**
     * Generate the next version of the distribution plan (ADMIN, LOGISTICS)
     * @description Generate the next version of the distribution plan (ADMIN, LOGISTICS)
     */
    post: operations['MunicipalEquipmentController_generate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/distribution-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One distribution plan version: lines (person → kit serials → training session), spares, needs, missing list
     * @description One distribution plan version: lines (person → kit serials → training session), spares, needs, missing list
     */
    get: operations['DistributionPlanController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/distribution-plans/{id}/printable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The data of the printed plan (report type 4): one row and one signature cell per kit
     * @description The data of the printed plan (report type 4): one row and one signature cell per kit
     */
    get: operations['DistributionPlanController_printable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/staff/{id}/kit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The equipment a person holds and their signed handovers and returns
     * @description The equipment a person holds and their signed handovers and returns
     */
    get: operations['StaffKitController_kit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/staff/{id}/kit/handover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand over the whole planned kit with one signature (ADMIN, LOGISTICS, MUNICIPALITY for its own people)
     * @description Serials must match the person’s line of the latest plan, or replace a planned serial explicitly in `substitutions`.
     */
    post: operations['StaffKitController_handover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/staff/{id}/kit/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take the whole kit back with one signature, each item GOOD, DAMAGED or LOST (ADMIN, LOGISTICS, MUNICIPALITY)
     * @description Take the whole kit back with one signature, each item GOOD, DAMAGED or LOST (ADMIN, LOGISTICS, MUNICIPALITY)
     */
    post: operations['StaffKitController_returnKit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/equipment/chargebacks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Charge-backs owed today per item (not returned after the census, returned damaged) and items without a price
     * @description Charge-backs owed today per item (not returned after the census, returned damaged) and items without a price
     */
    get: operations['StaffKitController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Report requests, newest first (?status=&type=&limit=&cursor=); municipality users see their municipality’s only
     * @description Report requests, newest first (?status=&type=&limit=&cursor=); municipality users see their municipality’s only
     */
    get: operations['ReportsController_list'];
    put?: never;
    /**
     * Request a PDF report (rendered in the background): types payment-statement, payment-statement-pack, payroll-summary, kkr-members, contract, room-plan, distribution-plan, training-schedule, vacancy-notice, final-list, attendance-sheet
     * @description 202 with the request at once; poll GET /reports/:id for status and progress, then download /reports/:id/file. The same content already rendered (unexpired) or in flight is answered with that request (reused: true). language: sq, sr-Latn (Serbian in Latin; sr is taken for it), sr-Cyrl (Serbian in Cyrillic), en; absent: a municipality’s document is printed in the municipality’s document languages (both, one after the other in one file, when it has two), a national one in sq.
     */
    post: operations['ReportsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One report request: status, progress (percent and pages), error reason when it failed
     * @description One report request: status, progress (percent and pages), error reason when it failed
     */
    get: operations['ReportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download the PDF
     * @description 409 REPORT_NOT_READY while queued or running, 409 REPORT_FAILED, 410 REPORT_EXPIRED after retention, 404 REPORT_UNKNOWN.
     */
    get: operations['ReportsController_file'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/queue-board/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open the job queue dashboard (ADMIN): sets a 10-minute httpOnly cookie for /api/v1/admin/queues, then open that page
     * @description Open the job queue dashboard (ADMIN): sets a 10-minute httpOnly cookie for /api/v1/admin/queues, then open that page
     */
    post: operations['QueueBoardController_session'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/plans/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send each trainee of the published plan (KKR: of its municipality) their invitation by e-mail and SMS; people already told about the same session are skipped
     * @description Send each trainee of the published plan (KKR: of its municipality) their invitation by e-mail and SMS; people already told about the same session are skipped
     */
    post: operations['PlanInvitationsController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/training/plans/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Invitations of a plan version with their delivery status (?status=&limit=&cursor=), and counts per status
     * @description Invitations of a plan version with their delivery status (?status=&limit=&cursor=), and counts per status
     */
    get: operations['PlanInvitationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Messages to one person (invitations, statements) with their delivery status, newest first (?limit=&cursor=)
     * @description Messages to one person (invitations, statements) with their delivery status, newest first (?limit=&cursor=)
     */
    get: operations['PersonMessagesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payroll/runs/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Statement e-mails of an approved pay run (census opted in) with their delivery status (?status=&limit=&cursor=), and counts per status
     * @description Statement e-mails of an approved pay run (census opted in) with their delivery status (?status=&limit=&cursor=), and counts per status
     */
    get: operations['PayRunMessagesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messaging/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Messages written to the local outbox instead of being sent (no SMTP / SMS gateway configured), newest first
     * @description Messages written to the local outbox instead of being sent (no SMTP / SMS gateway configured), newest first
     */
    get: operations['OutboxController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The first page after sign-in: census calendar, recruitment, EA counts vs expected, pay, equipment and open flags per municipality
     * @description National roles see every municipality (or one with ?municipality=<code>); a municipality sees its own only, and another code answers 404.
     */
    get: operations['DashboardController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Error: {
      error: {
        /**
         * @description Stable code; clients match on it, never on the message
         * @enum {string}
         */
        code:
          | 'VALIDATION_FAILED'
          | 'UNAUTHENTICATED'
          | 'FORBIDDEN'
          | 'NOT_FOUND'
          | 'ROUTE_NOT_FOUND'
          | 'CONFLICT'
          | 'UNIQUE_VIOLATION'
          | 'SERIALIZATION_CONFLICT'
          | 'PAYLOAD_TOO_LARGE'
          | 'UNSUPPORTED_MEDIA_TYPE'
          | 'RATE_LIMITED'
          | 'INTERNAL'
          | 'SERVICE_UNAVAILABLE'
          | 'INVALID_CREDENTIALS'
          | 'TOKEN_INVALID'
          | 'SESSION_ENDED'
          | 'PASSWORD_REJECTED'
          | 'LAST_ADMIN'
          | 'MUNICIPALITY_UNKNOWN'
          | 'EA_UNKNOWN'
          | 'EA_IN_USE'
          | 'STAFF_UNKNOWN'
          | 'STAFF_IN_USE'
          | 'TEAM_UNKNOWN'
          | 'TEAM_IN_USE'
          | 'TEAM_INVALID'
          | 'ASSIGNMENT_UNKNOWN'
          | 'ASSIGNMENT_OVERLAP'
          | 'ASSIGNMENT_INVALID'
          | 'KKR_RULES_VIOLATED'
          | 'MUNICIPALITY_MISMATCH'
          | 'IBAN_FORBIDDEN'
          | 'IBAN_FOUR_EYES'
          | 'IBAN_CHANGE_UNKNOWN'
          | 'IBAN_CHANGE_PENDING'
          | 'IBAN_CHANGE_DECIDED'
          | 'IMPORT_INVALID'
          | 'IMPORT_FORMAT'
          | 'TARIFF_UNKNOWN'
          | 'TARIFF_INVALID'
          | 'TARIFF_NOT_IN_EFFECT'
          | 'USER_UNKNOWN'
          | 'PAY_RUN_UNKNOWN'
          | 'PAY_RUN_NOT_APPROVED'
          | 'PAY_RUN_NOT_COMPUTED'
          | 'PAY_PERSON_UNKNOWN'
          | 'PAY_RUN_LOCKED'
          | 'PAY_RUN_FOUR_EYES'
          | 'PAY_RUN_STALE'
          | 'TARIFF_MISSING'
          | 'CENSUS_UNKNOWN'
          | 'CENSUS_INVALID'
          | 'CENSUS_REQUIRED'
          | 'CENSUS_AMBIGUOUS'
          | 'CENSUS_CALENDAR_MISSING'
          | 'COMPETITION_UNKNOWN'
          | 'APPLICATION_UNKNOWN'
          | 'APPLICATION_DEADLINE_PASSED'
          | 'APPLICATION_DUPLICATE'
          | 'PAPER_INTAKE_NOT_DESIGNATED'
          | 'RECRUITMENT_STAGE'
          | 'SHORTLIST_BEFORE_DEADLINE'
          | 'SHORTLIST_LOCKED'
          | 'SHORTLIST_NOT_SENT'
          | 'FINAL_LIST_NOT_DONE'
          | 'FINAL_LIST_INVALID'
          | 'REPLACEMENT_UNKNOWN'
          | 'REPLACEMENT_INVALID'
          | 'RESERVE_EMPTY'
          | 'SUPERVISOR_SELECTION_INVALID'
          | 'CENSUS_SETTINGS_INVALID'
          | 'VENUE_UNKNOWN'
          | 'ROOM_UNKNOWN'
          | 'ROOM_IN_USE'
          | 'TRAINING_EVENT_UNKNOWN'
          | 'TRAINING_EVENT_INVALID'
          | 'TRAINING_PLAN_UNKNOWN'
          | 'TRAINING_PLAN_INVALID'
          | 'TRAINING_PLAN_NOT_PINNED'
          | 'TRAINING_ROOM_UNKNOWN'
          | 'SESSION_TIMES_INVALID'
          | 'TRAINING_PLAN_NOT_PUBLISHED'
          | 'ITEM_UNKNOWN'
          | 'ITEM_TYPE_UNKNOWN'
          | 'ITEM_INVALID'
          | 'ITEM_IN_USE'
          | 'ITEM_CONFLICT'
          | 'STORAGE_ROOM_UNKNOWN'
          | 'KIT_INVALID'
          | 'DISTRIBUTION_PLAN_UNKNOWN'
          | 'DISTRIBUTION_PLAN_MISSING'
          | 'KIT_HANDOVER_INVALID'
          | 'KIT_RETURN_INVALID'
          | 'CHARGEBACK_TARIFF_INVALID'
          | 'CONTRACT_UNKNOWN'
          | 'CONTRACT_EXISTS'
          | 'CONTRACT_TRANSITION_INVALID'
          | 'CONTRACT_SIGNATURE_INVALID'
          | 'CONTRACT_END_INVALID'
          | 'CONTRACT_PERIOD_INVALID'
          | 'CONTRACT_CENSUS_UNKNOWN'
          | 'CONTRACT_SCAN_INVALID'
          | 'CONTRACT_SCAN_MISSING'
          | 'REPORT_UNKNOWN'
          | 'REPORT_TYPE_UNKNOWN'
          | 'REPORT_NOT_READY'
          | 'REPORT_FAILED'
          | 'REPORT_EXPIRED'
          | 'REPORT_FILE_MISSING';
        message: string;
        details?: {
          /** @description 1-based line of the source file */
          row?: number;
          field?: string;
          /** @description Stable code of the problem, e.g. REQUIRED, UNKNOWN_EA */
          code?: string;
          /** @description Parameters of the code: counts as numbers, days as YYYY-MM-DD, money as decimal strings */
          params?: {
            [key: string]: string | number;
          };
          /** @description The problem worded in the caller's language */
          reason: string;
        }[];
      };
      requestId?: string;
    };
    Health: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      database: {
        /** @enum {string} */
        status: 'up' | 'down';
        error?: string;
        /** @enum {string} */
        engine: 'server' | 'embedded';
      };
      queue: {
        /** @enum {string} */
        status: 'up' | 'down';
        error?: string;
        /** @enum {string} */
        backend: 'redis' | 'postgres';
      };
    };
    AuditList: {
      items: components['schemas']['AuditEvent'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    AuditEvent: {
      /** @description Increasing event number (a string: it may exceed 2^53) */
      id: string;
      /** Format: date-time */
      at: string;
      actorId: string | null;
      actorEmail: string | null;
      action: string;
      entity: string;
      entityIds: string[];
      municipalityId: string | null;
      /** @description What changed: field names and ids, never personal data */
      details: unknown;
    };
    TokenResponse: {
      accessToken: string;
      /** @constant */
      tokenType: 'Bearer';
      /** @description Seconds until the token expires */
      expiresIn: number;
      /** @enum {string} */
      role: 'ADMIN' | 'FINANCE' | 'LOGISTICS' | 'MUNICIPALITY';
      /**
       * Format: date-time
       * @description When the sign-in ends unless its refresh cookie is used again
       */
      sessionExpiresAt: string;
    };
    RefreshResponse: {
      accessToken: string;
      /** @constant */
      tokenType: 'Bearer';
      /** @description Seconds until the token expires */
      expiresIn: number;
      /**
       * Format: date-time
       * @description When the sign-in ends unless its refresh cookie is used again
       */
      sessionExpiresAt: string;
    };
    Me: {
      /** Format: uuid */
      id: string;
      email: string;
      /** @enum {string} */
      role: 'ADMIN' | 'FINANCE' | 'LOGISTICS' | 'MUNICIPALITY';
      municipalityId: string | null;
      active: boolean;
      /** @description The language the user chose (a catalogue tag such as sq or sr-Cyrl); null: none chosen */
      locale: string | null;
      municipality: {
        code: string;
        nameSq: string;
      } | null;
    };
    MeUpdateInput: {
      /** @description The language to answer in when a request’s Accept-Language names none terren speaks (errors, documents, spreadsheets); null forgets the choice */
      locale: ('sq' | 'en' | 'sr-Latn' | 'sr-Cyrl') | null;
    };
    UserList: {
      items: components['schemas']['User'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    User: {
      /** Format: uuid */
      id: string;
      email: string;
      /** @enum {string} */
      role: 'ADMIN' | 'FINANCE' | 'LOGISTICS' | 'MUNICIPALITY';
      municipalityId: string | null;
      active: boolean;
      /** @description The language the user chose (a catalogue tag such as sq or sr-Cyrl); null: none chosen */
      locale: string | null;
    };
    CensusList: {
      items: {
        id: string;
        code: string;
        name: string;
        country: string;
        languages: string[];
        timeZone: string;
        referenceDate: string;
        currency: string;
        settings: {
          contractGate?: boolean;
          statementEmail?: boolean;
          /** @enum {string} */
          preparatoryAttendance?: 'NONE' | 'REQUIRE_ANY' | 'PRORATE';
          eligibility?: {
            [key: string]: unknown;
          };
        };
        closedAt: string | null;
        calendar: {
          version: number;
          reason: string;
          changedById: string | null;
          createdAt: string;
          changed: string[];
          stages: {
            [key: string]:
              | string
              | {
                  from: string;
                  to: string;
                }[];
          };
        } | null;
        createdAt: string;
        updatedAt: string;
      }[];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    RegionList: {
      items: {
        code: string;
        nameSq: string;
        nameSr: string;
        municipalities: {
          /** Format: uuid */
          id: string;
          code: string;
          nameSq: string;
          nameSr: string;
        }[];
      }[];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    MunicipalityList: {
      items: components['schemas']['Municipality'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Municipality: {
      /** Format: uuid */
      id: string;
      code: string;
      nameSq: string;
      nameSr: string;
      /** @description Languages its documents are printed in when a request names none; two: one file with both, the first first */
      documentLocales: ('sq' | 'en' | 'sr-Latn' | 'sr-Cyrl')[];
      region: {
        code: string;
        nameSq: string;
        nameSr: string;
      };
    };
    MunicipalityUpdateInput: {
      /** @description e.g. ["sq"], ["sr-Cyrl"] or ["sq", "sr-Cyrl"] (both in one file, in this order) */
      documentLocales: ('sq' | 'en' | 'sr-Latn' | 'sr-Cyrl')[];
    };
    EnumerationAreaList: {
      items: components['schemas']['EnumerationArea'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    EnumerationArea: {
      /** Format: uuid */
      id: string;
      code: string;
      name: string | null;
      /** Format: uuid */
      municipalityId: string;
      municipality: {
        code: string;
        nameSq: string;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    StaffList: {
      items: components['schemas']['Staff'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Staff: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'SUPERVISOR' | 'ENUMERATOR';
      nationalId: string;
      fullName: string;
      phone: string | null;
      email: string | null;
      /** @description The confirmed IBAN pay runs use (masked for municipal users) */
      iban: string | null;
      ibanVersion: number | null;
      /** @description A requested IBAN waiting for a second finance user */
      ibanPending: {
        version: number;
        iban: string;
        /** Format: date-time */
        requestedAt: string;
      } | null;
      /** @enum {string} */
      community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
      /** @enum {string} */
      languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
      /** Format: uuid */
      municipalityId: string;
      municipality: {
        code: string;
        nameSq: string;
      };
      engagementStart: string | null;
      engagementEnd: string | null;
      /** @enum {string} */
      status: 'ACTIVE' | 'SUSPENDED' | 'LEFT';
      teamId: string | null;
      team: {
        /** Format: uuid */
        id: string;
        code: string;
      } | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    StaffDetail: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'SUPERVISOR' | 'ENUMERATOR';
      nationalId: string;
      fullName: string;
      phone: string | null;
      email: string | null;
      /** @description The confirmed IBAN pay runs use (masked for municipal users) */
      iban: string | null;
      ibanVersion: number | null;
      /** @description A requested IBAN waiting for a second finance user */
      ibanPending: {
        version: number;
        iban: string;
        /** Format: date-time */
        requestedAt: string;
      } | null;
      /** @enum {string} */
      community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
      /** @enum {string} */
      languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
      /** Format: uuid */
      municipalityId: string;
      municipality: {
        code: string;
        nameSq: string;
      };
      engagementStart: string | null;
      engagementEnd: string | null;
      /** @enum {string} */
      status: 'ACTIVE' | 'SUSPENDED' | 'LEFT';
      teamId: string | null;
      team: {
        /** Format: uuid */
        id: string;
        code: string;
      } | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      ledTeams: {
        /** Format: uuid */
        id: string;
        code: string;
      }[];
      currentAssignments: {
        /** Format: uuid */
        id: string;
        /** Format: uuid */
        eaId: string;
        eaCode: string;
        /** Format: date */
        validFrom: string;
        validTo: string | null;
      }[];
    };
    TeamList: {
      items: components['schemas']['Team'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Team: {
      /** Format: uuid */
      id: string;
      code: string;
      /** Format: uuid */
      municipalityId: string;
      municipality: {
        code: string;
        nameSq: string;
      };
      supervisorId: string | null;
      supervisor: {
        /** Format: uuid */
        id: string;
        fullName: string;
        /** @enum {string} */
        kind: 'SUPERVISOR' | 'ENUMERATOR';
        /** @enum {string} */
        status: 'ACTIVE' | 'SUSPENDED' | 'LEFT';
      } | null;
      memberCount: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    TeamDetail: {
      /** Format: uuid */
      id: string;
      code: string;
      /** Format: uuid */
      municipalityId: string;
      municipality: {
        code: string;
        nameSq: string;
      };
      supervisorId: string | null;
      supervisor: {
        /** Format: uuid */
        id: string;
        fullName: string;
        /** @enum {string} */
        kind: 'SUPERVISOR' | 'ENUMERATOR';
        /** @enum {string} */
        status: 'ACTIVE' | 'SUSPENDED' | 'LEFT';
      } | null;
      memberCount: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      members: {
        /** Format: uuid */
        id: string;
        fullName: string;
        /** @enum {string} */
        kind: 'SUPERVISOR' | 'ENUMERATOR';
        /** @enum {string} */
        status: 'ACTIVE' | 'SUSPENDED' | 'LEFT';
      }[];
    };
    AssignmentList: {
      items: components['schemas']['Assignment'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Assignment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      eaId: string;
      eaCode: string;
      /** Format: uuid */
      enumeratorId: string;
      enumeratorName: string;
      /** Format: uuid */
      municipalityId: string;
      municipalityCode: string;
      /** Format: date */
      validFrom: string;
      /** @description Inclusive last day; null while open-ended */
      validTo: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    AssignmentTransfer: {
      closed: components['schemas']['Assignment'];
      opened: components['schemas']['Assignment'];
    };
    BankAccountChangeList: {
      items: components['schemas']['BankAccountChange'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    BankAccountChange: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      staffId: string;
      nationalId: string;
      fullName: string;
      version: number;
      iban: string | null;
      /** @enum {string} */
      status: 'PENDING' | 'CONFIRMED' | 'REJECTED';
      source: string;
      requestedBy: {
        /** Format: uuid */
        id: string;
        email: string | null;
      } | null;
      /** Format: date-time */
      requestedAt: string;
      decidedBy: {
        /** Format: uuid */
        id: string;
        email: string | null;
      } | null;
      decidedAt: string | null;
      /** @description The account pay runs use now */
      inForce: {
        iban: string | null;
        version: number | null;
      };
    };
    BankAccountRequest: {
      requested: boolean;
      change: components['schemas']['BankAccountChange'] | null;
    };
    KkrMemberList: {
      municipality: {
        code: string;
        nameSq: string;
      };
      members: components['schemas']['KkrMember'][];
      /** @description Last change of the list; null while it is empty */
      updatedAt: string | null;
    };
    KkrMember: {
      /** @description 1..n in list order */
      position: number;
      fullName: string;
      currentJob: string;
      /** @enum {string} */
      kkrRole: 'CHAIR' | 'DEPUTY_CHAIR' | 'SECRETARY' | 'MEMBER';
      isMunicipalStaff: boolean;
      phone: string | null;
      email: string | null;
      isContactPerson: boolean;
    };
    KkrConfirmed: {
      version: number;
      /** @description The list as it was confirmed */
      members: components['schemas']['KkrMember'][];
      /** Format: uuid */
      confirmedById: string;
      confirmedByEmail: string;
      /** Format: date-time */
      confirmedAt: string;
      municipality: {
        code: string;
        nameSq: string;
      };
    };
    KkrConfirmationList: {
      items: components['schemas']['KkrConfirmation'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    KkrConfirmation: {
      version: number;
      /** @description The list as it was confirmed */
      members: components['schemas']['KkrMember'][];
      /** Format: uuid */
      confirmedById: string;
      confirmedByEmail: string;
      /** Format: date-time */
      confirmedAt: string;
    };
    ImportRowsInput:
      | {
          [key: string]: unknown;
        }[]
      | {
          rows: {
            [key: string]: unknown;
          }[];
        };
    ImportResult: {
      /** @enum {string} */
      kind: 'eas' | 'staff' | 'assignments';
      dryRun: boolean;
      rows: number;
      created: number;
      updated: number;
      unchanged: number;
      /** @description null on a dry run or when nothing changed (the same file twice) */
      batchId: string | null;
      /** @description staff imports: IBANs now pending a second finance user */
      ibanChangesRequested?: number;
    };
    ImportBatchList: {
      items: components['schemas']['ImportBatch'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    ImportBatch: {
      /** Format: uuid */
      id: string;
      /** @description eas, staff, assignments, counts or another import of the service */
      kind: string;
      format: string;
      fileHash: string;
      rowCount: number;
      created: number;
      updated: number;
      unchanged: number;
      actorId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    TariffList: {
      items: components['schemas']['Tariff'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Tariff: {
      /** Format: uuid */
      id: string;
      /** @description The census it belongs to (null: from before censuses were records) */
      censusId: string | null;
      name: string;
      /** Format: date */
      effectiveFrom: string;
      currency: string;
      version: number;
      /** @description Decimal string, two places (e.g. "1103.23") */
      supervisorMonthly: string;
      payMonths: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      }[];
      /** @description Decimal string, two places (e.g. "1103.23") */
      prepAmount: string;
      /** Format: date */
      prepFrom: string;
      /** Format: date */
      prepTo: string;
      /** Format: date */
      interviewFrom: string;
      /** Format: date */
      interviewTo: string;
      /** @description Decimal string, four places (e.g. "0.3000") */
      rateBuilding: string;
      /** @description Decimal string, four places (e.g. "0.3000") */
      rateDwelling: string;
      /** @description Decimal string, four places (e.g. "0.3000") */
      rateHousehold: string;
      /** @description Decimal string, four places (e.g. "0.3000") */
      rateIndividual: string;
      /** @description Decimal string, four places (e.g. "0.3000") */
      rateDiaspora: string;
      /** @description Percent, two places ("0.00") */
      taxPercent: string;
      /** Format: date-time */
      createdAt: string;
      createdById: string | null;
    };
    CountRowsInput:
      | {
          [key: string]: unknown;
        }[]
      | {
          rows: {
            [key: string]: unknown;
          }[];
        };
    CountImportResult: {
      /** @constant */
      kind: 'counts';
      dryRun: boolean;
      rows: number;
      created: number;
      updated: number;
      unchanged: number;
      /** @description null on a dry run or when nothing changed (the same file twice) */
      batchId: string | null;
      /** @description The tariff whose interview period the assignments were checked against */
      tariffVersion: number;
    };
    EaCountList: {
      items: components['schemas']['EaCount'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    EaCount: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      eaId: string;
      eaCode: string;
      /** Format: uuid */
      enumeratorId: string;
      enumeratorNationalId: string;
      enumeratorName: string;
      /** Format: uuid */
      municipalityId: string;
      municipalityCode: string;
      version: number;
      isCurrent: boolean;
      buildings: number;
      dwellings: number;
      households: number;
      individuals: number;
      diasporaPersons: number;
      diasporaListComplete: boolean;
      importBatchId: string | null;
      /** Format: date-time */
      createdAt: string;
      createdById: string | null;
    };
    FieldMappingList: {
      items: components['schemas']['FieldMapping'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    FieldMapping:
      | {
          /** Format: uuid */
          id: string;
          name: string;
          operation: string | null;
          /** Format: date-time */
          updatedAt: string;
          /** @constant */
          source: 'SURVEY_SOLUTIONS';
          definition: {
            mainFile: string;
            eaVariable: string;
            personsRoster: string;
            /**
             * @default {
             *       "source": "none"
             *     }
             */
            diaspora:
              | {
                  /** @constant */
                  source: 'none';
                }
              | {
                  /** @constant */
                  source: 'personVariable';
                  variable: string;
                  /**
                   * @default [
                   *       "1"
                   *     ]
                   */
                  yes: string[];
                }
              | {
                  /** @constant */
                  source: 'roster';
                  roster: string;
                };
            diasporaCompleteVariable?: string;
            /**
             * @default [
             *       "1"
             *     ]
             */
            diasporaCompleteYes: string[];
            dwellings:
              | {
                  /** @constant */
                  source: 'main';
                  buildingVariable: string;
                  dwellingVariable: string;
                }
              | {
                  /** @constant */
                  source: 'listing';
                  file: string;
                  eaVariable: string;
                  buildingVariable: string;
                };
            /**
             * @default [
             *       "ApprovedByHeadquarters"
             *     ]
             */
            countedStatuses: string[];
          };
        }
      | {
          /** Format: uuid */
          id: string;
          name: string;
          operation: string | null;
          /** Format: date-time */
          updatedAt: string;
          /** @constant */
          source: 'CSV';
          definition: {
            columns: {
              eaCode: string;
              login: string;
              status: string;
              interviewKey?: string;
              buildings?: string;
              dwellings?: string;
              households?: string;
              individuals: string;
              diasporaPersons?: string;
              diasporaListComplete?: string;
            };
            /**
             * @default [
             *       "approved"
             *     ]
             */
            countedStatuses: string[];
            /**
             * @default [
             *       "1",
             *       "yes",
             *       "true"
             *     ]
             */
            completeYes: string[];
          };
        };
    FieldImportList: {
      items: components['schemas']['FieldImport'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    FieldImport: {
      /** Format: uuid */
      id: string;
      fileName: string;
      /** @description SHA-256 of the file, hex */
      fileHash: string;
      interviews: number;
      counted: number;
      importBatchId: string | null;
      actorId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    FieldImportResult: {
      /** Format: uuid */
      mappingId: string;
      fileName: string;
      unchanged: boolean;
      interviews: number;
      counted: number;
      rows: number;
      created: number;
      updated: number;
      batchId: string | null;
      importId: string | null;
    };
    FieldSaved: {
      saved: number;
    };
    QualityFlagList: {
      items: components['schemas']['QualityFlag'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    QualityFlag: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      countId: string;
      /** Format: uuid */
      eaId: string;
      eaCode: string;
      /** Format: uuid */
      enumeratorId: string;
      /** Format: uuid */
      municipalityId: string;
      rule: string;
      /** @description Why, worded in the caller's language (the notices' texts joined by '; ') */
      explanation: string;
      /** @description Why, as codes: the rule, once or once per offending figure (ABOVE_EXPECTED, VERSION_JUMP), with ea (its code), counts as numbers, figure (dwellings | households | individuals), ratio, minRatio, maxRatio and percent as decimal strings, lastDay as YYYY-MM-DD; LEGACY_TEXT for a text stored before codes. `text` in the caller's language */
      notices: components['schemas']['CodedMessage'][];
      /** Format: date-time */
      createdAt: string;
      acceptedById: string | null;
      acceptedAt: string | null;
      acceptReason: string | null;
    };
    CodedMessage: {
      /** @description Stable code, e.g. NO_VALID_IBAN; LEGACY_TEXT for a text stored before codes (its `text` param) */
      code: string;
      /** @description Counts as numbers, days as YYYY-MM-DD, money as decimal strings, codes as strings */
      params: {
        [key: string]: string | number;
      };
      /** @description Worded in the caller's language */
      text?: string;
    };
    AcceptedQualityFlag: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      countId: string;
      /** Format: uuid */
      eaId: string;
      /** Format: uuid */
      enumeratorId: string;
      /** Format: uuid */
      municipalityId: string;
      rule: string;
      /** @description Why, worded in the caller's language (the notices' texts joined by '; ') */
      explanation: string;
      /** @description Why, as codes: the rule, once or once per offending figure (ABOVE_EXPECTED, VERSION_JUMP), with ea (its code), counts as numbers, figure (dwellings | households | individuals), ratio, minRatio, maxRatio and percent as decimal strings, lastDay as YYYY-MM-DD; LEGACY_TEXT for a text stored before codes. `text` in the caller's language */
      notices: components['schemas']['CodedMessage'][];
      /** Format: date-time */
      createdAt: string;
      acceptedById: string | null;
      acceptedAt: string | null;
      acceptReason: string | null;
    };
    QualityEvaluation: {
      /** @description Flags raised by this evaluation */
      created: number;
    };
    QualityThresholds: {
      /** @default 1 */
      individualsPerHouseholdMin: number;
      /** @default 15 */
      individualsPerHouseholdMax: number;
      /** @default 20 */
      aboveExpectedPercent: number;
      /** @default 30 */
      jumpPercent: number;
      /** @default 10 */
      jumpMinimum: number;
      /** @default 7 */
      noApprovalDays: number;
    };
    HeldLineList: {
      items: components['schemas']['HeldLine'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    HeldLine: {
      /** Format: uuid */
      staffId: string;
      nationalId: string;
      fullName: string;
      eaCode: string | null;
      unit: string;
      quantity: number;
      /** Format: uuid */
      countId: string;
      /** @description Why the line is held: code HELD with the open quality flags' rules (`rules`, comma-separated); `text` in the caller's language */
      description: components['schemas']['CodedMessage'];
    };
    FieldProgress: {
      /** @enum {string} */
      scope: 'national' | 'municipal';
      total: {
        eas: number;
        started: number;
        finished: number;
        withExpectation: number;
        reported: {
          dwellings: number;
          households: number;
          individuals: number;
        };
        expected: {
          dwellings: number;
          households: number;
          individuals: number;
        };
        /** @description One decimal ("87.5"); null without a base */
        startedPercent: string | null;
        /** @description One decimal ("87.5"); null without a base */
        finishedPercent: string | null;
        /** @description One decimal ("87.5"); null without a base */
        householdsPercent: string | null;
        /** @description One decimal ("87.5"); null without a base */
        individualsPercent: string | null;
      };
      municipalities: {
        municipalityCode: string;
        eas: number;
        started: number;
        finished: number;
        withExpectation: number;
        reported: {
          dwellings: number;
          households: number;
          individuals: number;
        };
        expected: {
          dwellings: number;
          households: number;
          individuals: number;
        };
        /** @description One decimal ("87.5"); null without a base */
        startedPercent: string | null;
        /** @description One decimal ("87.5"); null without a base */
        finishedPercent: string | null;
        /** @description One decimal ("87.5"); null without a base */
        householdsPercent: string | null;
        /** @description One decimal ("87.5"); null without a base */
        individualsPercent: string | null;
      }[];
      daily: {
        /** Format: date */
        day: string;
        approvedInterviews: number;
        approvedIndividuals: number | null;
        cumulativeInterviews: number;
      }[];
    };
    EaProgressList: {
      items: components['schemas']['EaProgress'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    EaProgress: {
      eaCode: string;
      municipalityCode: string;
      reportedDwellings: number;
      reportedHouseholds: number;
      reportedIndividuals: number;
      expectedDwellings: number | null;
      expectedHouseholds: number | null;
      expectedIndividuals: number | null;
      interviews: number;
      started: boolean;
      finished: boolean;
    };
    PayPersonList: {
      items: components['schemas']['PayPerson'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    PayPerson: {
      /** Format: uuid */
      staffId: string;
      name: string;
      /** @enum {string} */
      kind: 'SUPERVISOR' | 'ENUMERATOR';
      municipality: {
        code: string;
        nameSq: string;
      } | null;
      /** @enum {string} */
      status: 'PAYABLE' | 'BLOCKED';
      /** @description The block reasons worded in the caller's language, joined by "; " */
      blockReason: string | null;
      /** @description Why the person is blocked, as codes (empty when payable) */
      blockReasons: components['schemas']['CodedMessage'][];
      /** @description Decimal string, two places (e.g. "1103.23") */
      gross: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      deductions: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      net: string;
    };
    PayLineList: {
      items: components['schemas']['PayLine'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    PayLine: {
      /** @description Line number within the run */
      id: string;
      /** Format: uuid */
      staffId: string;
      personName: string | null;
      personStatus: ('PAYABLE' | 'BLOCKED') | null;
      municipalityCode: string | null;
      /** @enum {string} */
      lineType: 'SUPERVISOR_MONTH' | 'PREPARATORY' | 'PIECE' | 'TAX' | 'CHARGEBACK' | 'HELD';
      eaId: string | null;
      eaCode: string | null;
      unit: ('BUILDING' | 'DWELLING' | 'HOUSEHOLD' | 'INDIVIDUAL' | 'DIASPORA') | null;
      quantity: number;
      basis: number | null;
      /** @description Decimal string, four places (e.g. "0.3000") */
      rate: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      amount: string;
      tariffVersion: number;
      periodFrom: string | null;
      periodTo: string | null;
      /** @description What the label does not say, as a code with parameters (payNote: a diaspora row not paid, a held row's quality rules, the attendance cut, the tax percent and base, the charged item); `text` in the caller's language. Null when the label says everything */
      description: components['schemas']['CodedMessage'] | null;
      /** @description The line worded in the caller's language from its kind, period, EA and unit (charge-backs: reason, item and serial) */
      label: string | null;
    };
    PayStatement: {
      person: {
        /** Format: uuid */
        staffId: string;
        name: string;
        /** @enum {string} */
        kind: 'SUPERVISOR' | 'ENUMERATOR';
        /** @description Masked except the last four characters for municipality users */
        nationalId: string | null;
        /** @description Masked except the last four characters for municipality users */
        iban: string | null;
        /** @description The confirmed bank-account version paid */
        ibanVersion: number | null;
        /** @description The contract the person was paid under when the run was computed */
        contractNumber: string | null;
        municipality: {
          code: string;
          nameSq: string;
          nameSr: string;
        } | null;
        /** @enum {string} */
        status: 'PAYABLE' | 'BLOCKED';
        /** @description The block reasons worded in the caller's language, joined by "; " */
        blockReason: string | null;
        /** @description Why the person is blocked, as codes (empty when payable) */
        blockReasons: components['schemas']['CodedMessage'][];
      };
      run: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind: 'REGULAR' | 'ADJUSTMENT';
        /** @enum {string} */
        status: 'QUEUED' | 'COMPUTING' | 'COMPUTED' | 'FAILED' | 'APPROVED';
        approved: boolean;
        /** Format: date-time */
        createdAt: string;
        approvedAt: string | null;
      };
      tariff: {
        version: number;
        name: string;
        /** Format: date */
        effectiveFrom: string;
        currency: string;
      };
      lines: {
        timeBased: {
          lines: components['schemas']['PayStatementLine'][];
          /** @description Decimal string, two places (e.g. "1103.23") */
          total: string;
        };
        eas: {
          lines: components['schemas']['PayStatementLine'][];
          /** @description Decimal string, two places (e.g. "1103.23") */
          total: string;
          eaId: string | null;
          eaCode: string | null;
          eaName: string | null;
        }[];
        deductions: {
          lines: components['schemas']['PayStatementLine'][];
          /** @description Decimal string, two places (e.g. "1103.23") */
          total: string;
        };
      };
      /** @description false: the person is blocked; `net` is what the lines compute, not what is paid */
      payable: boolean;
      /** @description Decimal string, two places (e.g. "1103.23") */
      gross: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      deductions: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      net: string;
    };
    PayStatementLine: {
      id: string;
      /** @enum {string} */
      lineType: 'SUPERVISOR_MONTH' | 'PREPARATORY' | 'PIECE' | 'TAX' | 'CHARGEBACK' | 'HELD';
      unit: ('BUILDING' | 'DWELLING' | 'HOUSEHOLD' | 'INDIVIDUAL' | 'DIASPORA') | null;
      eaCode: string | null;
      quantity: number;
      basis: number | null;
      /** @description Decimal string, four places (e.g. "0.3000") */
      rate: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      amount: string;
      periodFrom: string | null;
      periodTo: string | null;
      tariffVersion: number;
      /** @description The line's note as a code with parameters (as PayLine.description) */
      description: components['schemas']['CodedMessage'] | null;
      /** @description The line worded in the caller's language (as PayLine.label) */
      label: string | null;
      /** @description The line's arithmetic as a code with its figures (counts as numbers; rates and amounts as decimal strings); `text` in the caller's language, e.g. "1,234 × 0.80 = 987.20" (en), "1 234 × 0,80 = 987,20" (sq) */
      arithmetic: components['schemas']['CodedMessage'];
      notPaid: 'DIASPORA_LIST_INCOMPLETE' | null;
      attendance: {
        /** @enum {string} */
        code: 'PREP_NO_ATTENDANCE' | 'PREP_PRORATED';
        attended: number;
        days: number;
      } | null;
    };
    PayRun: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'REGULAR' | 'ADJUSTMENT';
      /** @enum {string} */
      status: 'QUEUED' | 'COMPUTING' | 'COMPUTED' | 'FAILED' | 'APPROVED';
      /** @description null: a national run */
      municipality: {
        code: string;
        nameSq: string;
        nameSr: string;
      } | null;
      tariffVersion: number;
      censusId: string | null;
      progress: number;
      /** @description The run's ordinal among runs of the same kind and scope (municipality or national), oldest first */
      sequence: number;
      /** Format: uuid */
      createdById: string;
      /** @description null: the user is unknown */
      createdBy: components['schemas']['PayRunPerson'] | null;
      /** Format: date-time */
      createdAt: string;
      computedAt: string | null;
      approvedById: string | null;
      /** @description null: not approved */
      approvedBy: components['schemas']['PayRunPerson'] | null;
      approvedAt: string | null;
      failedReason: string | null;
      /** @description People paid by this run (PAYABLE) */
      peopleCount: number;
      /** @description People listed with the reason they cannot be paid; not in the totals */
      blockedCount: number;
      totals: {
        /** @description Decimal string, two places (e.g. "1103.23") */
        gross: string;
        /** @description Decimal string, two places (e.g. "1103.23") */
        deductions: string;
        /** @description Decimal string, two places (e.g. "1103.23") */
        net: string;
        /** @constant */
        currency: 'EUR';
      };
    };
    /** @description A user who created or approved a run */
    PayRunPerson: {
      /** Format: uuid */
      id: string;
      email: string;
    };
    PayRunList: {
      items: components['schemas']['PayRun'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    PayRunDetail: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'REGULAR' | 'ADJUSTMENT';
      /** @enum {string} */
      status: 'QUEUED' | 'COMPUTING' | 'COMPUTED' | 'FAILED' | 'APPROVED';
      /** @description null: a national run */
      municipality: {
        code: string;
        nameSq: string;
        nameSr: string;
      } | null;
      tariffVersion: number;
      censusId: string | null;
      progress: number;
      /** @description The run's ordinal among runs of the same kind and scope (municipality or national), oldest first */
      sequence: number;
      /** Format: uuid */
      createdById: string;
      /** @description null: the user is unknown */
      createdBy: components['schemas']['PayRunPerson'] | null;
      /** Format: date-time */
      createdAt: string;
      computedAt: string | null;
      approvedById: string | null;
      /** @description null: not approved */
      approvedBy: components['schemas']['PayRunPerson'] | null;
      approvedAt: string | null;
      failedReason: string | null;
      /** @description People paid by this run (PAYABLE) */
      peopleCount: number;
      /** @description People listed with the reason they cannot be paid; not in the totals */
      blockedCount: number;
      totals: {
        /** @description Decimal string, two places (e.g. "1103.23") */
        gross: string;
        /** @description Decimal string, two places (e.g. "1103.23") */
        deductions: string;
        /** @description Decimal string, two places (e.g. "1103.23") */
        net: string;
        /** @constant */
        currency: 'EUR';
      };
      /** @description Totals per municipality (empty until computed) */
      municipalities: components['schemas']['PayRunMunicipalityTotals'][];
    };
    PayRunMunicipalityTotals: {
      code: string;
      nameSq: string;
      nameSr: string;
      payable: number;
      blocked: number;
      /** @description Decimal string, two places (e.g. "1103.23") */
      gross: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      deductions: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      net: string;
    };
    ContractList: {
      items: {
        /** Format: uuid */
        id: string;
        number: string;
        census: {
          /** Format: uuid */
          id: string;
          code: string;
        };
        staff: {
          /** Format: uuid */
          id: string;
          name: string;
          /** @enum {string} */
          kind: 'SUPERVISOR' | 'ENUMERATOR';
        };
        /** Format: uuid */
        municipalityId: string;
        /** @enum {string} */
        status: 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';
        periodFrom: string;
        periodTo: string;
        generatedAt: string;
        sentAt: string | null;
        signedOn: string | null;
        signedBy: string | null;
        paperReference: string | null;
        scan: {
          type: string;
          size: number;
          sha256: string;
        } | null;
        endedOn: string | null;
        endReason: string | null;
        replacedById: string | null;
      }[];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    CompetitionList: {
      items: components['schemas']['Competition'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Competition: {
      /** Format: uuid */
      id: string;
      code: string;
      censusId: string | null;
      name: string;
      timeline: components['schemas']['CompetitionTimeline'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CompetitionTimeline: {
      /** Format: date-time */
      applicationDeadline: string;
      /** Format: date */
      vacancyAnnounced: string;
      /** Format: date */
      kkrConfirmationDue: string;
      /** Format: date */
      shortlistSentBy: string;
      /** Format: date */
      finalListDue: string;
      /** Format: date */
      publicationBy: string;
      /** Format: date */
      kkrTraining: string;
      /** Format: date */
      supervisorTrainingFrom: string;
      /** Format: date */
      supervisorTrainingTo: string;
      /** Format: date */
      enumeratorTrainingFrom: string;
      /** Format: date */
      enumeratorTrainingTo: string;
      /** Format: date */
      listingFrom: string;
      /** Format: date */
      listingTo: string;
      /** Format: date */
      fieldworkFrom: string;
      /** Format: date */
      fieldworkTo: string;
      /** Format: date */
      engagementStart: string;
      /** Format: date */
      engagementEnd: string;
    };
    StaffingTargetsSet: {
      municipalities: number;
      rows: number;
    };
    ScoresRecorded: {
      recorded: number;
    };
    ShortlistsSent: {
      /** Format: date-time */
      sentAt: string;
      municipalities: {
        municipalityCode: string;
        version: number;
        /** @description What a re-send changed; null for the first version */
        changes: components['schemas']['ShortlistChanges'] | null;
        communities: {
          /** @enum {string} */
          community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
          required: number;
          size: number;
          shortfall: number;
        }[];
      }[];
    };
    ShortlistChanges: {
      added: string[];
      removed: string[];
      moved: {
        /** Format: uuid */
        applicationId: string;
        from: number;
        to: number;
      }[];
    };
    ApplicationImportRowsInput: {
      [key: string]: string | number | null;
    }[];
    ApplicationsImport: {
      /** Format: uuid */
      competitionId: string;
      created: number;
      applicationIds: string[];
    };
    DeadlineCheck: {
      competitions: number;
      flags: number;
    };
    Application: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      competitionId: string;
      /** Format: uuid */
      municipalityId: string;
      /** @enum {string} */
      kind: 'SUPERVISOR' | 'ENUMERATOR';
      nationalId: string;
      fullName: string;
      phone: string | null;
      email: string | null;
      /** @enum {string} */
      community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
      /** @enum {string} */
      languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
      /** @enum {string} */
      channel: 'ONLINE' | 'PAPER';
      paperFileRef: string | null;
      /** Format: date-time */
      submittedAt: string;
      /** Format: uuid */
      submittedById: string;
      /** @description Points with two decimals, e.g. "87.50"; null before scoring */
      score: string | null;
      shortlistRank: number | null;
      /** @enum {string} */
      status: 'SUBMITTED' | 'SELECTED' | 'HIRED' | 'DECLINED';
      deviationReason: string | null;
      staffId: string | null;
      dateOfBirth: string | null;
      documents: string[];
      eligible: boolean;
      ineligibility: {
        /** @enum {string} */
        code: 'DATE_OF_BIRTH_MISSING' | 'TOO_YOUNG' | 'TOO_OLD' | 'DOCUMENT_MISSING' | 'ENGAGED_ELSEWHERE' | 'KKR_MEMBER';
        params: {
          [key: string]: string | number;
        };
      }[];
    };
    DeadlineFlagList: {
      items: components['schemas']['DeadlineFlag'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    DeadlineFlag: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      competitionId: string;
      /** Format: uuid */
      municipalityId: string;
      municipalityCode: string | null;
      /** @enum {string} */
      kind: 'KKR_NOT_CONFIRMED' | 'FINAL_LIST_LATE' | 'PUBLICATION_LATE' | 'TRAINING_NOTICE_LATE';
      subject: string;
      /** Format: date-time */
      dueAt: string;
      doneAt: string | null;
      /** @description What the flag says: the kind as code, `due` (YYYY-MM-DD) and `state` (done | open) */
      notice: components['schemas']['CodedMessage'];
      /** Format: date-time */
      raisedAt: string;
      /** Format: date-time */
      checkedAt: string;
    };
    ApplicationList: {
      items: components['schemas']['Application'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    StaffingTargets: {
      /** Format: uuid */
      competitionId: string;
      municipalityCode: string;
      items: {
        /** @enum {string} */
        community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
        supervisors: number;
        enumerators: number;
      }[];
    };
    VacancyNotice: {
      competition: {
        code: string;
        name: string;
      };
      municipality: {
        code: string;
        nameSq: string;
        nameSr: string;
      };
      /** Format: date */
      announced: string;
      /** Format: date-time */
      applicationDeadline: string;
      engagement: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      };
      channels: ('ONLINE' | 'PAPER')[];
      positions: {
        /** @enum {string} */
        community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
        supervisors: number;
        enumerators: number;
      }[];
      totals: {
        supervisors: number;
        enumerators: number;
      };
    };
    Shortlist: {
      /** Format: uuid */
      competitionId: string;
      municipalityCode: string;
      sentAt: string | null;
      version: number;
      versions: {
        version: number;
        /** Format: date-time */
        sentAt: string;
        /** @description E-mail of who sent it */
        sentBy: string | null;
        reason: string | null;
        changes: components['schemas']['ShortlistChanges'];
      }[];
      finalListStartedAt: string | null;
      finalisedAt: string | null;
      publishedAt: string | null;
      communities: {
        /** @enum {string} */
        community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
        required: number;
        candidates: {
          rank: number | null;
          /** Format: uuid */
          applicationId: string;
          fullName: string;
          /** @enum {string} */
          languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
          /** @description Points with two decimals, e.g. "87.50"; null before scoring */
          score: string | null;
          /** @enum {string} */
          status: 'SUBMITTED' | 'SELECTED' | 'HIRED' | 'DECLINED';
          deviationReason: string | null;
        }[];
      }[];
    };
    FinalList: {
      municipalityCode: string;
      /** Format: date-time */
      finalisedAt: string;
      selected: number;
      deviations: number;
    };
    PublicFinalList: {
      competition: {
        code: string;
        name: string;
      };
      municipality: {
        code: string;
        nameSq: string;
        nameSr: string;
      };
      /** Format: date-time */
      publishedAt: string;
      names: string[];
    };
    FinalListStart: {
      municipalityCode: string;
      /** Format: date-time */
      finalListStartedAt: string;
      shortlistVersion: number;
    };
    ShortlistReopen: {
      municipalityCode: string;
      /** @constant */
      reopened: true;
      shortlistVersion: number;
    };
    ReserveList: {
      /** Format: uuid */
      competitionId: string;
      municipalityCode: string;
      communities: {
        /** @enum {string} */
        community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
        candidates: {
          reserveRank: number;
          /** Format: uuid */
          applicationId: string;
          fullName: string;
          /** @enum {string} */
          languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
          /** @description Points with two decimals, e.g. "87.50"; null before scoring */
          score: string | null;
        }[];
      }[];
    };
    ReplacementList: {
      items: components['schemas']['ReplacementListItem'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    ReplacementListItem: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      competitionId: string;
      /** Format: uuid */
      municipalityId: string;
      /** Format: uuid */
      leaverStaffId: string;
      /** Format: date */
      leavingDate: string;
      /** Format: date */
      cutoverDate: string;
      reason: string;
      /** Format: uuid */
      proposedApplicationId: string;
      /** @enum {string} */
      status: 'PROPOSED' | 'ACCEPTED';
      replacementStaffId: string | null;
      notes: components['schemas']['ReplacementNote'][];
      /** Format: date-time */
      createdAt: string;
      acceptedAt: string | null;
      /** @description The leaving enumerator’s name */
      leaverFullName: string | null;
      /** @description The proposed (or accepted) candidate’s name */
      proposedFullName: string | null;
    };
    ReplacementNote: {
      /** @description Stable code, e.g. NO_VALID_IBAN; LEGACY_TEXT for a text stored before codes (its `text` param) */
      code: string;
      /** @description Counts as numbers, days as YYYY-MM-DD, money as decimal strings, codes as strings */
      params: {
        [key: string]: string | number;
      };
      /** @description Worded in the caller's language */
      text?: string;
      /** @description e.g. 'equipment', 'training' */
      source: string;
    };
    ReplacementProposal: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      competitionId: string;
      /** Format: uuid */
      municipalityId: string;
      /** Format: uuid */
      leaverStaffId: string;
      /** Format: date */
      leavingDate: string;
      /** Format: date */
      cutoverDate: string;
      reason: string;
      /** Format: uuid */
      proposedApplicationId: string;
      /** @enum {string} */
      status: 'PROPOSED' | 'ACCEPTED';
      replacementStaffId: string | null;
      notes: components['schemas']['ReplacementNote'][];
      /** Format: date-time */
      createdAt: string;
      acceptedAt: string | null;
      proposed: {
        /** Format: uuid */
        applicationId: string;
        fullName: string;
        /** @enum {string} */
        languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
        /** @enum {string} */
        community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
      };
    };
    ReplacementAccepted: {
      /** Format: uuid */
      id: string;
      /** @constant */
      status: 'ACCEPTED';
      /** Format: uuid */
      leaverStaffId: string;
      /** Format: uuid */
      replacementStaffId: string;
      /** Format: date */
      leavingDate: string;
      /** Format: date */
      cutoverDate: string;
      /** @description EA assignment periods that passed to the replacement */
      assignmentIds: string[];
      notes: components['schemas']['ReplacementNote'][];
    };
    PaperIntakeClerks: {
      municipalityCode: string;
      items: {
        /** Format: uuid */
        userId: string;
        kkrPosition: number;
        /** Format: date-time */
        createdAt: string;
      }[];
    };
    SupervisorReplacementList: {
      items: {
        id: string;
        competitionId: string;
        municipalityId: string;
        leaverStaffId: string;
        leavingDate: string | null;
        cutoverDate: string | null;
        reason: string;
        proposedApplicationId: string;
        /** @enum {string} */
        status: 'PROPOSED' | 'ACCEPTED';
        replacementStaffId: string | null;
        notes: components['schemas']['ReplacementNote'][];
        /** Format: date-time */
        createdAt: string;
        acceptedAt: string | null;
      }[];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    TrainingVenueList: {
      items: components['schemas']['TrainingVenue'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    TrainingVenue: {
      /** Format: uuid */
      id: string;
      municipality: {
        code: string;
        nameSq: string;
      };
      name: string;
      /** @enum {string} */
      kind: 'MUNICIPAL_BUILDING' | 'SCHOOL' | 'OTHER';
      address: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      rooms: components['schemas']['TrainingRoom'][];
      /** @description Seats of all its rooms */
      seats: number;
    };
    TrainingRoom: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      venueId: string;
      name: string;
      seats: number;
      hasProjector: boolean;
      hasTv: boolean;
      /** @description Inclusive date ranges; [] = no restriction recorded */
      availability: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      }[];
      /** Format: date-time */
      updatedAt: string;
    };
    TrainingRoomWithVenue: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      venueId: string;
      name: string;
      seats: number;
      hasProjector: boolean;
      hasTv: boolean;
      /** @description Inclusive date ranges; [] = no restriction recorded */
      availability: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      }[];
      /** Format: date-time */
      updatedAt: string;
      venue: {
        /** Format: uuid */
        id: string;
        name: string;
        address: string;
        /** @enum {string} */
        kind: 'MUNICIPAL_BUILDING' | 'SCHOOL' | 'OTHER';
      };
    };
    TrainingEventList: {
      items: components['schemas']['TrainingEvent'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    TrainingEvent: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'KKR_REGIONAL' | 'SUPERVISORS' | 'ENUMERATORS';
      /** @description The name a person gave the event, as written; null: none, `title` names it by its kind */
      name: string | null;
      /** @description The event's name to show: `name`, else its kind (and region) in the caller's language */
      title: string;
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string;
      /** @description KKR_REGIONAL events only */
      region: {
        code: string;
        nameSq: string;
        nameSr: string;
      } | null;
      hostRoomId: string | null;
      noticeDate: string | null;
      maxClassSize: number;
      /** @description A KKR event warns when the room notice is late or missing, worded in the caller's language */
      warnings: string[];
      /** @description The warnings as codes: KKR_NO_HOST_ROOM, KKR_NOTICE_NOT_SENT (days, from), KKR_NOTICE_LATE (day, when AFTER | BEFORE, daysBefore, days, from) */
      warningNotices: components['schemas']['CodedMessage'][];
    };
    DefaultTrainingEvents: {
      created: number;
      /** @description All events of the census */
      items: components['schemas']['TrainingEvent'][];
      total: number;
      nextCursor: string | null;
    };
    TrainingPlan: {
      /** Format: uuid */
      id: string;
      event: components['schemas']['TrainingEvent'];
      /** @description null: the event-wide plan */
      municipalityId: string | null;
      version: number;
      /** @enum {string} */
      status: 'DRAFT' | 'PUBLISHED';
      /** @description The published plan in force for its event and scope */
      pinned: boolean;
      maxClassSize: number;
      basedOnPlanId: string | null;
      /** Format: date-time */
      createdAt: string;
      publishedAt: string | null;
      /** @description Municipalities see only the warnings about them or the whole plan */
      summary: {
        trainees?: number;
        classes?: number;
        /** @description The fewest classes the maximum class size allows */
        lowerBound?: number;
        classesPlaced?: number;
        traineesPlaced?: number;
        traineesUnplaced?: number;
        allowSecondShift?: boolean;
        relocatedClassKeys?: string[];
        /** @description Worded in the caller's language */
        warnings: string[];
        /** @description The warnings as codes: those of the event, KKR_NO_MEMBERS (municipality), KKR_ATTENDANCE_LOW (municipality, planned, members) */
        warningNotices: components['schemas']['CodedMessage'][];
      };
      municipality: {
        code: string | null;
        nameSq: string | null;
        nameSr: string | null;
      } | null;
      classes: {
        key: string;
        municipality: {
          code: string | null;
          nameSq: string | null;
          nameSr: string | null;
        } | null;
        language: string;
        size: number;
        startDate: string | null;
        endDate: string | null;
        shift: ('MORNING' | 'AFTERNOON') | null;
        /** @description null: no room could be found */
        room: {
          /** Format: uuid */
          id: string;
          name: string;
          seats: number;
          hasProjector: boolean;
          hasTv: boolean;
          municipality: {
            code: string | null;
            nameSq: string | null;
            nameSr: string | null;
          } | null;
          venue: {
            /** Format: uuid */
            id: string;
            name: string;
            address: string;
            /** @enum {string} */
            kind: 'MUNICIPAL_BUILDING' | 'SCHOOL' | 'OTHER';
          };
        } | null;
        /** @description Where and why there, or why nowhere, worded in the caller's language */
        explanation: string;
        /** @description The explanation as a code: CLASS_PLACED with trainees, language, municipality, room (its label as recorded), roomMunicipality, seats, equipment (PROJECTOR_TV | PROJECTOR | TV | NONE), shift, from, to, reason (OWN_MUNICIPALITY | NEAREST_IN_REGION with nearestMunicipality and ownRooms BUSY | NONE | KEPT_FROM_PUBLISHED), secondShift (1: the morning slots were full); CLASS_UNPLACED with trainees, language, municipality, from, to. Municipalities are codes */
        notice: components['schemas']['CodedMessage'];
        trainees: {
          /** Format: uuid */
          id: string;
          /** @enum {string} */
          kind: 'STAFF' | 'KKR_MEMBER';
          fullName: string | null;
          municipality: {
            code: string | null;
            nameSq: string | null;
            nameSr: string | null;
          } | null;
          position: number;
        }[];
      }[];
      shortfalls: {
        municipality: {
          code: string | null;
          nameSq: string | null;
          nameSr: string | null;
        } | null;
        language: string;
        classSize: number;
        classes: number;
        /** @description Why, worded in the caller's language */
        message: string;
        /** @description Why, as a code: CLASS_NO_ROOM with classes, size, from, to, cause (NO_ROOMS | LARGEST | ALL_TAKEN), largest, shifts */
        notice: components['schemas']['CodedMessage'];
      }[];
      /** @description Re-plans: who changed class and why */
      moves: {
        /** Format: uuid */
        traineeId: string;
        /** Format: uuid */
        municipalityId: string;
        fromClassKey: string | null;
        toClassKey: string;
        /** @description Why, worded in the caller's language */
        reason: string;
        /** @description Why, as a code: MOVE_CLASS_OVER_SIZE, MOVE_CLASS_CLOSED or MOVE_GROUP_CHANGED */
        notice: components['schemas']['CodedMessage'];
        fullName: string | null;
      }[];
    };
    TrainingSchedule: {
      regions: {
        code: string;
        nameSq: string;
        nameSr: string;
        municipalities: {
          code: string;
          nameSq: string;
          nameSr: string;
        }[];
        kkrTrainings: {
          /** Format: uuid */
          id: string;
          /** @enum {string} */
          kind: 'KKR_REGIONAL' | 'SUPERVISORS' | 'ENUMERATORS';
          /** @description The name a person gave the event, as written; null: none, `title` names it by its kind */
          name: string | null;
          /** @description The event's name to show: `name`, else its kind (and region) in the caller's language */
          title: string;
          /** Format: date */
          startDate: string;
          /** Format: date */
          endDate: string;
          /** @description KKR_REGIONAL events only */
          region: {
            code: string;
            nameSq: string;
            nameSr: string;
          } | null;
          hostRoomId: string | null;
          noticeDate: string | null;
          maxClassSize: number;
          /** @description A KKR event warns when the room notice is late or missing, worded in the caller's language */
          warnings: string[];
          /** @description The warnings as codes: KKR_NO_HOST_ROOM, KKR_NOTICE_NOT_SENT (days, from), KKR_NOTICE_LATE (day, when AFTER | BEFORE, daysBefore, days, from) */
          warningNotices: components['schemas']['CodedMessage'][];
          host: {
            municipality: string | null;
            municipalitySr: string | null;
            venue: string;
            address: string;
            room: string;
            seats: number;
          } | null;
        }[];
      }[];
      otherEvents: components['schemas']['TrainingEvent'][];
    };
    TrainingPlanList: {
      items: components['schemas']['TrainingPlanHead'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    TrainingPlanHead: {
      /** Format: uuid */
      id: string;
      event: components['schemas']['TrainingEvent'];
      /** @description null: the event-wide plan */
      municipalityId: string | null;
      version: number;
      /** @enum {string} */
      status: 'DRAFT' | 'PUBLISHED';
      /** @description The published plan in force for its event and scope */
      pinned: boolean;
      maxClassSize: number;
      basedOnPlanId: string | null;
      /** Format: date-time */
      createdAt: string;
      publishedAt: string | null;
      /** @description Municipalities see only the warnings about them or the whole plan */
      summary: {
        trainees?: number;
        classes?: number;
        /** @description The fewest classes the maximum class size allows */
        lowerBound?: number;
        classesPlaced?: number;
        traineesPlaced?: number;
        traineesUnplaced?: number;
        allowSecondShift?: boolean;
        relocatedClassKeys?: string[];
        /** @description Worded in the caller's language */
        warnings: string[];
        /** @description The warnings as codes: those of the event, KKR_NO_MEMBERS (municipality), KKR_ATTENDANCE_LOW (municipality, planned, members) */
        warningNotices: components['schemas']['CodedMessage'][];
      };
    };
    StaffTrainingSession: {
      /** @description null: the person is in no plan in force */
      session: {
        /** Format: uuid */
        eventId: string;
        /** Format: uuid */
        planId: string;
        planVersion: number;
        classKey: string;
        /** Format: date */
        startDate: string;
        /** Format: date */
        endDate: string;
        shift: ('MORNING' | 'AFTERNOON') | null;
        venue: {
          /** Format: uuid */
          id: string;
          name: string;
          address: string;
        } | null;
        room: {
          /** Format: uuid */
          id: string;
          name: string;
          seats: number;
        } | null;
      } | null;
    };
    TrainingPlanSessions: {
      /** Format: uuid */
      planId: string;
      version: number;
      /** @enum {string} */
      status: 'DRAFT' | 'PUBLISHED';
      timeZone: string;
      bringNote: string | null;
      items: {
        classKey: string;
        shift: ('MORNING' | 'AFTERNOON') | null;
        /** Format: date */
        startDate: string;
        /** Format: date */
        endDate: string;
        /** @description Wall-clock time HH:MM in the census time zone */
        startTime: string;
        /** @description Wall-clock time HH:MM in the census time zone */
        endTime: string;
        /**
         * Format: date-time
         * @description First day’s start as an instant
         */
        startsAt: string;
        /**
         * Format: date-time
         * @description Last day’s end as an instant
         */
        endsAt: string;
        address: {
          venue: string;
          address: string;
          room: string;
          floor: string | null;
          directions: string | null;
        };
        trainees: number;
      }[];
    };
    TrainingEventTimes: {
      /** Format: uuid */
      eventId: string;
      shiftTimes: {
        MORNING: {
          /** @description Wall-clock time HH:MM in the census time zone */
          start: string;
          /** @description Wall-clock time HH:MM in the census time zone */
          end: string;
        };
        AFTERNOON: {
          /** @description Wall-clock time HH:MM in the census time zone */
          start: string;
          /** @description Wall-clock time HH:MM in the census time zone */
          end: string;
        };
      };
      bringNote: string | null;
      timeZone: string;
    };
    TrainingRoomAddress: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      municipalityId: string;
      name: string;
      floor: string | null;
      directions: string | null;
    };
    TrainingAttendance: {
      /** Format: uuid */
      planId: string;
      /** Format: uuid */
      eventId: string;
      /** @enum {string} */
      eventKind: 'KKR_REGIONAL' | 'SUPERVISORS' | 'ENUMERATORS';
      days: string[];
      items: {
        /** Format: uuid */
        traineeId: string;
        /** @enum {string} */
        kind: 'STAFF' | 'KKR_MEMBER';
        fullName: string;
        classKey: string;
        /** @description Recorded days: day → present */
        days: {
          [key: string]: boolean;
        };
        daysPresent: number;
      }[];
      /** @description KKR trainings: at least half the members of each municipality attend */
      kkrHalfAttendance:
        | {
            /** Format: uuid */
            municipalityId: string;
            members: number;
            attended: number;
            required: number;
            meetsHalf: boolean;
          }[]
        | null;
    };
    TrainingAttendanceResult: {
      rows: number;
      created: number;
      updated: number;
      unchanged: number;
    };
    AttendanceRowsInput:
      | {
          /** @description National id or trainee id */
          person: string;
          day: string;
          /** @description yes / no */
          present: string | boolean;
        }[]
      | {
          rows: {
            /** @description National id or trainee id */
            person: string;
            day: string;
            /** @description yes / no */
            present: string | boolean;
          }[];
        };
    ItemTypeList: {
      items: components['schemas']['ItemType'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    ItemType: {
      /** Format: uuid */
      id: string;
      code: string;
      name: string;
    };
    KitList: {
      items: components['schemas']['Kit'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Kit: {
      /** @enum {string} */
      role: 'SUPERVISOR' | 'ENUMERATOR';
      /** @description true while the role has no stored kit and the default applies */
      isDefault: boolean;
      lines: {
        typeCode: string;
        quantity: number;
      }[];
    };
    ChargebackTariffList: {
      items: components['schemas']['ChargebackTariff'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    ChargebackTariff: {
      /** Format: uuid */
      id: string;
      version: number;
      name: string;
      /** Format: date */
      effectiveFrom: string;
      /** Format: date-time */
      createdAt: string;
      rates: {
        typeCode: string;
        typeName: string;
        /** @description Euros as a decimal string, e.g. "250.00" */
        lost: string;
        /** @description Euros as a decimal string, e.g. "250.00" */
        damaged: string;
      }[];
    };
    ItemList: {
      items: components['schemas']['Item'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Item: {
      /** Format: uuid */
      id: string;
      serial: string;
      typeCode: string;
      typeName: string;
      /** @enum {string} */
      status: 'IN_STORAGE' | 'ISSUED' | 'RETURNED' | 'DAMAGED' | 'LOST';
      location:
        | {
            /** @constant */
            store: 'MUNICIPALITY';
            municipalityCode: string;
          }
        | {
            /** @constant */
            store: 'ASK';
            municipalityCode: null;
          };
      storageRoom: {
        /** Format: uuid */
        id: string;
        name: string | null;
      } | null;
      /** @description Who holds the item while ISSUED */
      holderStaffId: string | null;
      /** @description Who is charged for a DAMAGED or LOST item */
      responsibleStaffId: string | null;
      /** @description Day of the last status change */
      statusDate: string | null;
      deliveryId: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    BulkItemsResult: {
      created: number;
      ids: string[];
    };
    DeliveryList: {
      items: components['schemas']['Delivery'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Delivery: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      censusId: string;
      municipalityCode: string;
      /** Format: date */
      deliveredOn: string;
      storageRoomId: string | null;
      note: string | null;
      /** @description Item type code → items delivered */
      itemsByType: {
        [key: string]: number;
      };
      serials: string[];
    };
    DeliveryCreated: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      censusId: string;
      municipalityCode: string;
      /** Format: date */
      deliveredOn: string;
      items: number;
    };
    StorageRoomList: {
      items: components['schemas']['StorageRoom'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    StorageRoom: {
      /** Format: uuid */
      id: string;
      name: string;
      address: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    EquipmentSettings: {
      municipalityCode: string;
      sparePercent: number;
      isDefault: boolean;
      /**
       * @description spares per type = ceil(needed × % ÷ 100)
       * @constant
       */
      spareRounding: 'ceil';
    };
    DistributionPlanVersionList: {
      items: components['schemas']['DistributionPlanVersion'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    DistributionPlanVersion: {
      /** Format: uuid */
      id: string;
      version: number;
      sparePercent: number;
      /** @description What is missing, worded in the caller's language */
      missingSummary: string | null;
      shortfalls: components['schemas']['CodedMessage'][];
      /** Format: date-time */
      createdAt: string;
    };
    DistributionPlan: {
      /** Format: uuid */
      id: string;
      municipality: {
        code: string;
        name: string;
        nameSr: string;
      };
      version: number;
      sparePercent: number;
      /** @constant */
      spareRounding: 'ceil';
      storageRoom: {
        /** Format: uuid */
        id: string;
        name: string;
        address: string | null;
      } | null;
      /** Format: date-time */
      createdAt: string;
      lines: {
        /** Format: uuid */
        staffId: string;
        fullName: string;
        /** @enum {string} */
        role: 'SUPERVISOR' | 'ENUMERATOR';
        items: {
          typeCode: string;
          serial: string | null;
          alreadyIssued: boolean;
        }[];
        complete: boolean;
        session: {
          /** Format: date */
          startDate: string;
          /** Format: date */
          endDate: string;
          venueName: string;
          roomName: string;
          shift: string | null;
        } | null;
        /** @description SESSION_NOT_PLANNED when the person has no training session yet */
        sessionNote: components['schemas']['CodedMessage'] | null;
      }[];
      spares: {
        typeCode: string;
        wanted: number;
        serials: string[];
      }[];
      needs: {
        typeCode: string;
        typeName: string;
        forPeople: number;
        spares: number;
        need: number;
        have: number;
        missing: number;
      }[];
      missing: {
        /** @description What is missing, worded in the caller's language; null when nothing is missing */
        summary: string | null;
        /** @description Per item type short of the plan: EQUIPMENT_SHORT with type, missing, need, spares, have */
        shortfalls: components['schemas']['CodedMessage'][];
        items: {
          typeCode: string;
          count: number;
        }[];
        incompleteKits: {
          /** Format: uuid */
          staffId: string;
          fullName: string;
          typeCodes: string[];
        }[];
        sessionsNotPlanned: {
          /** Format: uuid */
          staffId: string;
          fullName: string;
        }[];
      };
    };
    PrintablePlan: {
      /** @constant */
      reportType: 4;
      title: string;
      municipality: {
        code: string;
        name: string;
        nameSr: string;
      };
      version: number;
      /** Format: date-time */
      createdAt: string;
      storageRoom: {
        /** Format: uuid */
        id: string;
        name: string;
        address: string | null;
      } | null;
      columns: string[];
      rows: {
        no: number;
        /** Format: uuid */
        staffId: string;
        fullName: string;
        /** @enum {string} */
        role: 'SUPERVISOR' | 'ENUMERATOR';
        kit: {
          typeCode: string;
          typeName: string;
          /** @description "missing" when the plan has none */
          serial: string;
        }[];
        session: string;
        sessionDetail: {
          /** Format: date */
          startDate: string;
          /** Format: date */
          endDate: string;
          venueName: string;
          roomName: string;
          shift: string | null;
        } | null;
        sessionNote: components['schemas']['CodedMessage'] | null;
        /** @constant */
        signature: '';
      }[];
      spares: {
        typeCode: string;
        typeName: string;
        wanted: number;
        serials: string[];
      }[];
      needs: {
        typeCode: string;
        typeName: string;
        forPeople: number;
        spares: number;
        need: number;
        have: number;
        missing: number;
      }[];
      missing: {
        /** @description What is missing, worded in the caller's language; null when nothing is missing */
        summary: string | null;
        /** @description Per item type short of the plan: EQUIPMENT_SHORT with type, missing, need, spares, have */
        shortfalls: components['schemas']['CodedMessage'][];
        items: {
          typeCode: string;
          count: number;
        }[];
        incompleteKits: {
          /** Format: uuid */
          staffId: string;
          fullName: string;
          typeCodes: string[];
        }[];
        sessionsNotPlanned: {
          /** Format: uuid */
          staffId: string;
          fullName: string;
        }[];
      };
    };
    StaffKit: {
      /** Format: uuid */
      staffId: string;
      fullName: string;
      /** @enum {string} */
      role: 'SUPERVISOR' | 'ENUMERATOR';
      municipalityCode: string;
      holds: {
        serial: string;
        typeCode: string;
        typeName: string;
      }[];
      records: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind: 'HANDOVER' | 'RETURN';
        planId: string | null;
        signedBy: string;
        /** Format: date-time */
        signedAt: string;
        /** Format: date-time */
        createdAt: string;
        items: {
          serial: string;
          typeCode: string;
          condition: ('GOOD' | 'DAMAGED' | 'LOST') | null;
          substitutedFor: string | null;
        }[];
      }[];
    };
    KitHandover: {
      /** Format: uuid */
      recordId: string;
      /** Format: uuid */
      staffId: string;
      planVersion: number;
      /** Format: date-time */
      signedAt: string;
      items: {
        serial: string;
        typeCode: string;
        substitutedFor: string | null;
      }[];
    };
    KitReturn: {
      /** Format: uuid */
      recordId: string;
      /** Format: uuid */
      staffId: string;
      /** Format: date-time */
      signedAt: string;
      items: {
        serial: string;
        typeCode: string;
        /** @enum {string} */
        condition: 'GOOD' | 'DAMAGED' | 'LOST';
        /**
         * @description The item status after the return
         * @enum {string}
         */
        status: 'RETURNED' | 'DAMAGED' | 'LOST';
      }[];
    };
    Chargebacks: {
      charges: {
        /** Format: uuid */
        staffId: string;
        fullName: string | null;
        municipalityCode: string | null;
        serial: string;
        typeCode: string;
        /** @enum {string} */
        reason: 'NOT_RETURNED' | 'DAMAGED';
        tariffVersion: number;
        /** Format: date */
        pricedOn: string;
        /** @description Euros as a decimal string, e.g. "250.00" */
        amount: string;
        /** @description What is charged: code CHARGEBACK with reason, item (the type's name) and serial; `text` in the caller's language */
        description: components['schemas']['CodedMessage'];
      }[];
      unpriced: {
        /** Format: uuid */
        staffId: string;
        fullName: string | null;
        municipalityCode: string | null;
        serial: string;
        typeCode: string;
        /** @description Why it cannot be priced: UNPRICED_NO_TARIFF (no charge-back tariff in force on `day`) or UNPRICED_NO_AMOUNT (tariff `version` has no amount for `typeCode`); `text` in the caller's language */
        reason: components['schemas']['CodedMessage'];
      }[];
    };
    ReportRequest: {
      /** Format: uuid */
      id: string;
      type: string;
      /** @description The parameters as the type checked them */
      params: {
        [key: string]: unknown;
      };
      /** @description The languages the document is printed in, joined by commas (sq, sr-Latn, sr-Cyrl, en; sq,sr-Cyrl: both in one file); sr in older requests: Serbian in Latin */
      language: string;
      /** @description null: a national report */
      municipalityId: string | null;
      /**
       * @description Whom the file is rendered for (MUNICIPAL: national ids and IBANs masked)
       * @enum {string}
       */
      audience: 'NATIONAL' | 'MUNICIPAL';
      /** @enum {string} */
      status: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'EXPIRED';
      progress: number;
      pages: number;
      attempts: number;
      /** @description Why the rendering failed */
      error: string | null;
      contentHash: string;
      fileSize: number | null;
      sha256: string | null;
      expiresAt: string | null;
      /** Format: date-time */
      createdAt: string;
      completedAt: string | null;
      /** @description Download path once COMPLETED */
      file: string | null;
      /** @description The same content was already rendered or in flight: that request answers */
      reused?: boolean;
    };
    ReportRequestList: {
      items: components['schemas']['ReportRequest'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    QueueBoardSession: {
      /**
       * Format: date-time
       * @description When the dashboard cookie expires
       */
      expiresAt: string;
      /** @description The dashboard page to open */
      url: string;
    };
    InvitationOutcome: {
      /** Format: uuid */
      planId: string;
      /** @description Messages written now and queued for sending */
      queued: number;
      /** @description People already told about exactly this session */
      unchanged: number;
      /** @description People with neither e-mail nor phone on record */
      noContact: number;
      /** @description (person, channel) pairs that already had a message for this plan version */
      alreadyQueued: number;
    };
    SubjectMessages: {
      items: components['schemas']['Message'][];
      total: number;
      nextCursor: string | null;
      /** @description Channel → status → messages, all pages */
      counts: {
        [key: string]: {
          [key: string]: number;
        };
      };
    };
    Message: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'INVITATION' | 'STATEMENT' | 'CANCELLATION';
      /** @enum {string} */
      channel: 'EMAIL' | 'SMS';
      /**
       * Format: uuid
       * @description The plan version or pay run the message is about
       */
      subjectId: string;
      /** @enum {string} */
      recipientKind: 'STAFF' | 'KKR_MEMBER';
      /** Format: uuid */
      recipientId: string;
      /** Format: uuid */
      municipalityId: string;
      language: string;
      /** @description E-mail address or phone number it went to */
      address: string;
      subject: string | null;
      /** @description Re-invitations: what changed since the earlier invitation */
      changes: unknown;
      /** @enum {string} */
      status: 'QUEUED' | 'SENT' | 'FAILED' | 'BOUNCED';
      attempts: number;
      providerId: string | null;
      /** @description The provider’s reason of a failure or bounce */
      reason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      sentAt: string | null;
    };
    MessageList: {
      items: components['schemas']['Message'][];
      /** @description Rows matching the filters, across all pages */
      total: number;
      /** @description Pass as `cursor` for the next page; null on the last page */
      nextCursor: string | null;
    };
    Outbox: {
      items: {
        file: string;
        /** @enum {string} */
        channel: 'EMAIL' | 'SMS';
        messageId: string;
        to: string;
        subject: string | null;
        text: string;
        attachments: string[];
        /** Format: date-time */
        writtenAt: string;
      }[];
      total: number;
      nextCursor: string | null;
      transports: {
        EMAIL: string;
        SMS: string;
      };
      /** @description Where the local outbox is written */
      dir: string;
    };
    Dashboard: {
      /** @enum {string} */
      scope: 'national' | 'municipal';
      municipality: {
        code: string;
        nameSq: string;
        nameSr: string;
      } | null;
      /** @description Null when no census is open (or named) */
      calendar: components['schemas']['DashboardCalendar'] | null;
      /** @description One row per municipality in scope, in the usual order */
      municipalities: components['schemas']['DashboardMunicipality'][];
      /** @description Sums over the rows above */
      totals: {
        recruitment: components['schemas']['DashboardRecruitment'];
        eas: components['schemas']['DashboardEas'];
        pay: components['schemas']['DashboardPay'];
        equipment: components['schemas']['DashboardEquipment'];
        flags: components['schemas']['DashboardFlags'];
      };
      /** @description National runs (no municipality): the latest of each kind; empty for a municipality */
      nationalPay: components['schemas']['DashboardPayRun'][];
      /** @description Open deadline flags, earliest due first (at most 50) */
      deadlines: components['schemas']['DashboardDeadline'][];
      generatedAt: string;
    };
    DashboardCalendar: {
      code: string;
      /** @description Today in the census time zone */
      today: string;
      calendarVersion: number;
      /** @description Dated stages in date order */
      stages: components['schemas']['DashboardCalendarStage'][];
      /** @description Stages whose day has passed */
      done: number;
      total: number;
    };
    DashboardCalendarStage: {
      /** @description Stage name of the census calendar (e.g. fieldworkFrom) */
      stage: string;
      /** @description YYYY-MM-DD in the census time zone */
      date: string;
      /** @description The day is before today */
      done: boolean;
    };
    DashboardMunicipality: {
      code: string;
      nameSq: string;
      nameSr: string;
      recruitment: components['schemas']['DashboardRecruitment'];
      eas: components['schemas']['DashboardEas'];
      pay: components['schemas']['DashboardPay'];
      equipment: components['schemas']['DashboardEquipment'];
      flags: components['schemas']['DashboardFlags'];
    };
    DashboardRecruitment: {
      /** @description Supervisors and enumerators to recruit (staffing targets) */
      targets: number;
      applications: number;
      eligible: number;
      /** @description Applications with a shortlist rank */
      shortlisted: number;
      /** @description Applications selected or hired (final list) */
      selected: number;
      /** @description Competitions with targets for the municipality */
      competitions: number;
      shortlistsSent: number;
      /** @description Competitions whose final list the commission finalised */
      finalLists: number;
      published: number;
    };
    DashboardEas: {
      /** @description Enumeration areas */
      total: number;
      /** @description EAs with imported counts (current versions) */
      counted: number;
      /** @description EAs with expected figures */
      expected: number;
      countedHouseholds: number;
      expectedHouseholds: number;
      countedIndividuals: number;
      expectedIndividuals: number;
    };
    DashboardPay: {
      /** @description The latest computed or approved run of each kind */
      runs: components['schemas']['DashboardPayRun'][];
      /** @description Sum over those runs */
      gross: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      net: string;
    };
    DashboardPayRun: {
      runId: string;
      /** @enum {string} */
      kind: 'REGULAR' | 'ADJUSTMENT';
      /** @enum {string} */
      status: 'QUEUED' | 'COMPUTING' | 'COMPUTED' | 'FAILED' | 'APPROVED';
      people: number;
      /** @description Decimal string, two places (e.g. "1103.23") */
      gross: string;
      /** @description Decimal string, two places (e.g. "1103.23") */
      net: string;
      /** @description When it was approved, else computed */
      at: string;
    };
    DashboardEquipment: {
      /** @description Items in the municipality (any status) */
      items: number;
      /** @description Items now issued to a person */
      issued: number;
      returned: number;
      damaged: number;
      lost: number;
      /** @description Kit hand-over records */
      handovers: number;
      /** @description Kit return records */
      returns: number;
    };
    DashboardFlags: {
      /** @description Open quality flags of counts (held out of pay) */
      quality: number;
      /** @description Open recruitment deadline flags */
      deadlines: number;
    };
    DashboardDeadline: {
      /** @enum {string} */
      kind: 'KKR_NOT_CONFIRMED' | 'FINAL_LIST_LATE' | 'PUBLICATION_LATE' | 'TRAINING_NOTICE_LATE';
      municipalityCode: string;
      competitionCode: string;
      subject: string;
      dueAt: string;
      raisedAt: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SERVICE_UNAVAILABLE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Order: at; prefix with - for descending */
        sort?: 'at' | '-at';
        entity?: string;
        action?: string;
        actorId?: string;
        entityId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INVALID_CREDENTIALS */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INVALID_CREDENTIALS",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: RATE_LIMITED */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "RATE_LIMITED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SERVICE_UNAVAILABLE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RefreshResponse'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SESSION_ENDED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SESSION_ENDED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: USER_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "USER_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AuthController_updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MeUpdateInput'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: USER_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "USER_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          password: string;
          /** @enum {string} */
          role: 'ADMIN' | 'FINANCE' | 'LOGISTICS' | 'MUNICIPALITY';
          municipalityCode?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PASSWORD_REJECTED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PASSWORD_REJECTED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password?: string;
          active?: boolean;
          /** @enum {string} */
          role?: 'ADMIN' | 'FINANCE' | 'LOGISTICS' | 'MUNICIPALITY';
          municipalityCode?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, USER_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, LAST_ADMIN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PASSWORD_REJECTED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PASSWORD_REJECTED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CensusController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CensusList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CensusController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
          country: string;
          languages: string[];
          timeZone: string;
          referenceDate: string;
          /** @default EUR */
          currency?: string;
          /** @default {} */
          settings?: {
            contractGate?: boolean;
            statementEmail?: boolean;
            /** @enum {string} */
            preparatoryAttendance?: 'NONE' | 'REQUIRE_ANY' | 'PRORATE';
            eligibility?: {
              [key: string]: unknown;
            };
          };
          calendar: {
            /** Format: date-time */
            applicationDeadline: string;
            payMonths: {
              from: string;
              to: string;
            }[];
            vacancyAnnounced: string;
            kkrConfirmationDue: string;
            shortlistSentBy: string;
            finalListDue: string;
            publicationBy: string;
            kkrTraining: string;
            supervisorTrainingFrom: string;
            supervisorTrainingTo: string;
            enumeratorTrainingFrom: string;
            enumeratorTrainingTo: string;
            listingFrom: string;
            listingTo: string;
            fieldworkFrom: string;
            fieldworkTo: string;
            engagementStart: string;
            engagementEnd: string;
            prepFrom: string;
            prepTo: string;
            interviewFrom: string;
            interviewTo: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            code: string;
            name: string;
            country: string;
            languages: string[];
            timeZone: string;
            referenceDate: string;
            currency: string;
            settings: {
              contractGate?: boolean;
              statementEmail?: boolean;
              /** @enum {string} */
              preparatoryAttendance?: 'NONE' | 'REQUIRE_ANY' | 'PRORATE';
              eligibility?: {
                [key: string]: unknown;
              };
            };
            closedAt: string | null;
            calendar: {
              version: number;
              reason: string;
              changedById: string | null;
              createdAt: string;
              changed: string[];
              stages: {
                [key: string]:
                  | string
                  | {
                      from: string;
                      to: string;
                    }[];
              };
            } | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CensusController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            code: string;
            name: string;
            country: string;
            languages: string[];
            timeZone: string;
            referenceDate: string;
            currency: string;
            settings: {
              contractGate?: boolean;
              statementEmail?: boolean;
              /** @enum {string} */
              preparatoryAttendance?: 'NONE' | 'REQUIRE_ANY' | 'PRORATE';
              eligibility?: {
                [key: string]: unknown;
              };
            };
            closedAt: string | null;
            calendar: {
              version: number;
              reason: string;
              changedById: string | null;
              createdAt: string;
              changed: string[];
              stages: {
                [key: string]:
                  | string
                  | {
                      from: string;
                      to: string;
                    }[];
              };
            } | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CensusController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          languages?: string[];
          timeZone?: string;
          referenceDate?: string;
          settings?: {
            contractGate?: boolean;
            statementEmail?: boolean;
            /** @enum {string} */
            preparatoryAttendance?: 'NONE' | 'REQUIRE_ANY' | 'PRORATE';
            eligibility?: {
              [key: string]: unknown;
            };
          };
          closed?: boolean;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            code: string;
            name: string;
            country: string;
            languages: string[];
            timeZone: string;
            referenceDate: string;
            currency: string;
            settings: {
              contractGate?: boolean;
              statementEmail?: boolean;
              /** @enum {string} */
              preparatoryAttendance?: 'NONE' | 'REQUIRE_ANY' | 'PRORATE';
              eligibility?: {
                [key: string]: unknown;
              };
            };
            closedAt: string | null;
            calendar: {
              version: number;
              reason: string;
              changedById: string | null;
              createdAt: string;
              changed: string[];
              stages: {
                [key: string]:
                  | string
                  | {
                      from: string;
                      to: string;
                    }[];
              };
            } | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CensusController_calendars: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            censusId: string;
            items: {
              version: number;
              reason: string;
              changedById: string | null;
              createdAt: string;
              changed: string[];
              stages: {
                [key: string]:
                  | string
                  | {
                      from: string;
                      to: string;
                    }[];
              };
            }[];
            /** @description Rows matching the filters, across all pages */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CensusController_changeCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          stages: {
            /** Format: date-time */
            applicationDeadline?: string;
            payMonths?: {
              from: string;
              to: string;
            }[];
            vacancyAnnounced?: string;
            kkrConfirmationDue?: string;
            shortlistSentBy?: string;
            finalListDue?: string;
            publicationBy?: string;
            kkrTraining?: string;
            supervisorTrainingFrom?: string;
            supervisorTrainingTo?: string;
            enumeratorTrainingFrom?: string;
            enumeratorTrainingTo?: string;
            listingFrom?: string;
            listingTo?: string;
            fieldworkFrom?: string;
            fieldworkTo?: string;
            engagementStart?: string;
            engagementEnd?: string;
            prepFrom?: string;
            prepTo?: string;
            interviewFrom?: string;
            interviewTo?: string;
          };
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            code: string;
            name: string;
            country: string;
            languages: string[];
            timeZone: string;
            referenceDate: string;
            currency: string;
            settings: {
              contractGate?: boolean;
              statementEmail?: boolean;
              /** @enum {string} */
              preparatoryAttendance?: 'NONE' | 'REQUIRE_ANY' | 'PRORATE';
              eligibility?: {
                [key: string]: unknown;
              };
            };
            closedAt: string | null;
            calendar: {
              version: number;
              reason: string;
              changedById: string | null;
              createdAt: string;
              changed: string[];
              stages: {
                [key: string]:
                  | string
                  | {
                      from: string;
                      to: string;
                    }[];
              };
            } | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CENSUS_CALENDAR_MISSING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CensusController_copy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
          shiftDays?: number;
          fieldworkFrom?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            census: {
              id: string;
              code: string;
              name: string;
              country: string;
              languages: string[];
              timeZone: string;
              referenceDate: string;
              currency: string;
              settings: {
                contractGate?: boolean;
                statementEmail?: boolean;
                /** @enum {string} */
                preparatoryAttendance?: 'NONE' | 'REQUIRE_ANY' | 'PRORATE';
                eligibility?: {
                  [key: string]: unknown;
                };
              };
              closedAt: string | null;
              calendar: {
                version: number;
                reason: string;
                changedById: string | null;
                createdAt: string;
                changed: string[];
                stages: {
                  [key: string]:
                    | string
                    | {
                        from: string;
                        to: string;
                      }[];
                };
              } | null;
              createdAt: string;
              updatedAt: string;
            };
            shiftDays: number;
            copied: {
              tariffs: number;
              trainingEvents: number;
              competitions: number;
              targets: number;
            };
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GeographyController_regions: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GeographyController_municipalities: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MunicipalityList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GeographyController_municipality: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Municipality'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GeographyController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MunicipalityUpdateInput'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Municipality'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EaController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Order: code; prefix with - for descending */
        sort?: 'code' | '-code';
        municipality?: string;
        /** @description Start of the EA code */
        codePrefix?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5b0f3d7e-8a51-4f0b-9a55-6c1d2e3f4a5b",
           *           "code": "01-001-001",
           *           "name": "Qendra 1",
           *           "municipalityId": "7d2b8e0c-1b8a-4a43-8d6e-3f7c0b9a1e22",
           *           "municipality": {
           *             "code": "prishtine",
           *             "nameSq": "Prishtinë"
           *           },
           *           "createdAt": "2024-02-20T09:30:00.000Z",
           *           "updatedAt": "2024-02-20T09:30:00.000Z"
           *         }
           *       ],
           *       "total": 1,
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['EnumerationAreaList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EaController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name?: string | null;
          municipalityCode: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnumerationArea'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EaController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnumerationArea'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, EA_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EaController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, EA_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, EA_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EaController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string | null;
          municipalityCode?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnumerationArea'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, EA_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, EA_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  StaffController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Order: fullName, nationalId, createdAt; prefix with - for descending */
        sort?: 'fullName' | 'nationalId' | 'createdAt' | '-fullName' | '-nationalId' | '-createdAt';
        /** @description Start of the national id, or of any word of the name (case-insensitive) */
        q?: string;
        municipality?: string;
        kind?: string;
        status?: string;
        teamCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10",
           *           "kind": "ENUMERATOR",
           *           "nationalId": "1234567890",
           *           "fullName": "Arta Berisha",
           *           "phone": "+38344123456",
           *           "email": null,
           *           "iban": "XK05••••••••••••0123",
           *           "ibanVersion": 1,
           *           "ibanPending": null,
           *           "community": "ALBANIAN",
           *           "languageOfWork": "SQ",
           *           "municipalityId": "7d2b8e0c-1b8a-4a43-8d6e-3f7c0b9a1e22",
           *           "municipality": {
           *             "code": "prishtine",
           *             "nameSq": "Prishtinë"
           *           },
           *           "engagementStart": "2024-03-01",
           *           "engagementEnd": null,
           *           "status": "ACTIVE",
           *           "teamId": null,
           *           "team": null,
           *           "createdAt": "2024-02-20T09:30:00.000Z",
           *           "updatedAt": "2024-02-20T09:30:00.000Z"
           *         }
           *       ],
           *       "total": 1,
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['StaffList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  StaffController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          nationalId: string;
          kind: string;
          fullName: string;
          phone?: string | null;
          email?: string | null;
          iban?: string | null;
          community: string;
          languageOfWork: string;
          municipalityCode: string;
          engagementStart?: string | null;
          engagementEnd?: string | null;
          status?: string;
          teamCode?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Staff'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, IBAN_FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN, TEAM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, STAFF_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: TEAM_INVALID, MUNICIPALITY_MISMATCH */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "TEAM_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  StaffController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffDetail'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  StaffController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, STAFF_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  StaffController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          nationalId?: string;
          kind?: string;
          fullName?: string;
          phone?: string | null;
          email?: string | null;
          iban?: string | null;
          community?: string;
          languageOfWork?: string;
          municipalityCode?: string;
          engagementStart?: string | null;
          engagementEnd?: string | null;
          status?: string;
          teamCode?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Staff'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, IBAN_FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN, MUNICIPALITY_UNKNOWN, TEAM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, STAFF_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: TEAM_INVALID, MUNICIPALITY_MISMATCH */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "TEAM_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TeamController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        municipality?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TeamController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          municipalityCode: string;
          supervisorId?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamDetail'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: TEAM_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "TEAM_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TeamController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamDetail'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TEAM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TeamController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TEAM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, TEAM_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TeamController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          supervisorId?: string | null;
          addMemberIds?: string[];
          removeMemberIds?: string[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamDetail'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TEAM_UNKNOWN, MUNICIPALITY_UNKNOWN, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: TEAM_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "TEAM_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AssignmentController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Order: validFrom, createdAt; prefix with - for descending */
        sort?: 'validFrom' | 'createdAt' | '-validFrom' | '-createdAt';
        eaId?: string;
        enumeratorId?: string;
        municipality?: string;
        activeOn?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AssignmentController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          eaId: string;
          /** Format: uuid */
          enumeratorId: string;
          validFrom: string;
          validTo?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Assignment'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: EA_UNKNOWN, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "EA_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, ASSIGNMENT_OVERLAP */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: ASSIGNMENT_INVALID, MUNICIPALITY_MISMATCH */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "ASSIGNMENT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AssignmentController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Assignment'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ASSIGNMENT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AssignmentController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ASSIGNMENT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AssignmentController_transfer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          toEnumeratorId: string;
          cutoverDate: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentTransfer'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ASSIGNMENT_UNKNOWN, EA_UNKNOWN, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, ASSIGNMENT_OVERLAP */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: ASSIGNMENT_INVALID, MUNICIPALITY_MISMATCH */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "ASSIGNMENT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  BankAccountController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        status?: 'PENDING' | 'CONFIRMED' | 'REJECTED';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankAccountChangeList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, IBAN_FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  BankAccountController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankAccountChange'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, IBAN_FORBIDDEN, IBAN_FOUR_EYES */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, IBAN_CHANGE_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, IBAN_CHANGE_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  BankAccountController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankAccountChange'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, IBAN_FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, IBAN_CHANGE_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, IBAN_CHANGE_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  BankAccountController_history: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankAccountChangeList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, IBAN_FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  BankAccountController_request: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          iban: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankAccountRequest'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, IBAN_FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, IBAN_CHANGE_PENDING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  KkrController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KkrMemberList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  KkrController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          members: {
            fullName: string;
            currentJob: string;
            /** @enum {string} */
            kkrRole: 'CHAIR' | 'DEPUTY_CHAIR' | 'SECRETARY' | 'MEMBER';
            isMunicipalStaff: boolean;
            phone?: string | null;
            email?: string | null;
            isContactPerson: boolean;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KkrMemberList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: KKR_RULES_VIOLATED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "KKR_RULES_VIOLATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  KkrController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KkrConfirmed'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: KKR_RULES_VIOLATED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "KKR_RULES_VIOLATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  KkrController_confirmations: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KkrConfirmationList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ImportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportBatch'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ImportsController_run: {
    parameters: {
      query?: {
        dryRun?: '0' | '1' | 'true' | 'false';
      };
      header?: never;
      path: {
        kind: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example [
         *       {
         *         "national_id": "1234567890",
         *         "kind": "ENUMERATOR",
         *         "full_name": "Arta Berisha",
         *         "community": "ALBANIAN",
         *         "language": "SQ",
         *         "municipality_code": "prishtine"
         *       }
         *     ]
         */
        'application/json': components['schemas']['ImportRowsInput'];
        /**
         * @example ea_code,enumerator_national_id,valid_from,valid_to
         *     01-001-001,1234567890,2024-04-01,
         */
        'text/csv': string;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "kind": "assignments",
           *       "dryRun": false,
           *       "rows": 1,
           *       "created": 1,
           *       "updated": 0,
           *       "unchanged": 0,
           *       "batchId": "0f8e2d4c-6b7a-4c9d-8e1f-2a3b4c5d6e7f"
           *     }
           */
          'application/json': components['schemas']['ImportResult'];
        };
      };
      /** @description Error: VALIDATION_FAILED, IMPORT_FORMAT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, IBAN_FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ROUTE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ImportsController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Order: createdAt; prefix with - for descending */
        sort?: 'createdAt' | '-createdAt';
        kind?: 'eas' | 'staff' | 'assignments';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportBatchList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TariffController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        census?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TariffList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TariffController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          effectiveFrom: string;
          supervisorMonthly: string;
          payMonths: {
            from: string;
            to: string;
          }[];
          prepAmount: string;
          prepFrom: string;
          prepTo: string;
          interviewFrom: string;
          interviewTo: string;
          rateBuilding: string;
          rateDwelling: string;
          rateHousehold: string;
          rateIndividual: string;
          rateDiaspora: string;
          /** @default 0 */
          taxPercent?: string;
          census?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tariff'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CENSUS_CALENDAR_MISSING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: TARIFF_INVALID, CENSUS_REQUIRED, CENSUS_AMBIGUOUS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "TARIFF_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TariffController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tariff'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TARIFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CountImportController_run: {
    parameters: {
      query?: {
        dryRun?: '0' | '1' | 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example [
         *       {
         *         "ea_code": "01-001-001",
         *         "enumerator_id": "1234567890",
         *         "buildings": 42,
         *         "dwellings": 120,
         *         "households": 118,
         *         "individuals": 403,
         *         "diaspora_persons": 7,
         *         "diaspora_list_complete": "yes"
         *       }
         *     ]
         */
        'application/json': components['schemas']['CountRowsInput'];
        /**
         * @example ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete
         *     01-001-001,1234567890,42,120,118,403,7,yes
         */
        'text/csv': string;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "kind": "counts",
           *       "dryRun": true,
           *       "rows": 1,
           *       "created": 1,
           *       "updated": 0,
           *       "unchanged": 0,
           *       "batchId": null,
           *       "tariffVersion": 1
           *     }
           */
          'application/json': components['schemas']['CountImportResult'];
        };
      };
      /** @description Error: VALIDATION_FAILED, IMPORT_FORMAT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, TARIFF_NOT_IN_EFFECT, CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID, TARIFF_MISSING */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CountController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        municipality?: string;
        eaCode?: string;
        enumeratorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5b0e3f6a-2c1d-4e8b-9a70-1f2e3d4c5b6a",
           *           "eaId": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
           *           "eaCode": "01-001-001",
           *           "enumeratorId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
           *           "enumeratorNationalId": "1234567890",
           *           "enumeratorName": "Arta Krasniqi",
           *           "municipalityId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
           *           "municipalityCode": "01",
           *           "version": 1,
           *           "isCurrent": true,
           *           "buildings": 42,
           *           "dwellings": 120,
           *           "households": 118,
           *           "individuals": 403,
           *           "diasporaPersons": 7,
           *           "diasporaListComplete": true,
           *           "importBatchId": "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
           *           "createdAt": "2026-04-20T10:05:00.000Z",
           *           "createdById": "0b5e8d1a-7c2f-4e69-8b13-5a9d7f3c2e10"
           *         }
           *       ],
           *       "total": 1,
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['EaCountList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CountController_history: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        municipality?: string;
        eaCode?: string;
        enumeratorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EaCountList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FieldMappingController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldMappingList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FieldMappingController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              name: string;
              operation?: string;
              /** @constant */
              source: 'SURVEY_SOLUTIONS';
              definition: {
                mainFile: string;
                eaVariable: string;
                personsRoster: string;
                /**
                 * @default {
                 *       "source": "none"
                 *     }
                 */
                diaspora?:
                  | {
                      /** @constant */
                      source: 'none';
                    }
                  | {
                      /** @constant */
                      source: 'personVariable';
                      variable: string;
                      /**
                       * @default [
                       *       "1"
                       *     ]
                       */
                      yes?: string[];
                    }
                  | {
                      /** @constant */
                      source: 'roster';
                      roster: string;
                    };
                diasporaCompleteVariable?: string;
                /**
                 * @default [
                 *       "1"
                 *     ]
                 */
                diasporaCompleteYes?: string[];
                dwellings:
                  | {
                      /** @constant */
                      source: 'main';
                      buildingVariable: string;
                      dwellingVariable: string;
                    }
                  | {
                      /** @constant */
                      source: 'listing';
                      file: string;
                      eaVariable: string;
                      buildingVariable: string;
                    };
                /**
                 * @default [
                 *       "ApprovedByHeadquarters"
                 *     ]
                 */
                countedStatuses?: string[];
              };
            }
          | {
              name: string;
              operation?: string;
              /** @constant */
              source: 'CSV';
              definition: {
                columns: {
                  eaCode: string;
                  login: string;
                  status: string;
                  interviewKey?: string;
                  buildings?: string;
                  dwellings?: string;
                  households?: string;
                  individuals: string;
                  diasporaPersons?: string;
                  diasporaListComplete?: string;
                };
                /**
                 * @default [
                 *       "approved"
                 *     ]
                 */
                countedStatuses?: string[];
                /**
                 * @default [
                 *       "1",
                 *       "yes",
                 *       "true"
                 *     ]
                 */
                completeYes?: string[];
              };
            };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldMapping'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FieldMappingController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldMapping'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FieldMappingController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              name: string;
              operation?: string;
              /** @constant */
              source: 'SURVEY_SOLUTIONS';
              definition: {
                mainFile: string;
                eaVariable: string;
                personsRoster: string;
                /**
                 * @default {
                 *       "source": "none"
                 *     }
                 */
                diaspora?:
                  | {
                      /** @constant */
                      source: 'none';
                    }
                  | {
                      /** @constant */
                      source: 'personVariable';
                      variable: string;
                      /**
                       * @default [
                       *       "1"
                       *     ]
                       */
                      yes?: string[];
                    }
                  | {
                      /** @constant */
                      source: 'roster';
                      roster: string;
                    };
                diasporaCompleteVariable?: string;
                /**
                 * @default [
                 *       "1"
                 *     ]
                 */
                diasporaCompleteYes?: string[];
                dwellings:
                  | {
                      /** @constant */
                      source: 'main';
                      buildingVariable: string;
                      dwellingVariable: string;
                    }
                  | {
                      /** @constant */
                      source: 'listing';
                      file: string;
                      eaVariable: string;
                      buildingVariable: string;
                    };
                /**
                 * @default [
                 *       "ApprovedByHeadquarters"
                 *     ]
                 */
                countedStatuses?: string[];
              };
            }
          | {
              name: string;
              operation?: string;
              /** @constant */
              source: 'CSV';
              definition: {
                columns: {
                  eaCode: string;
                  login: string;
                  status: string;
                  interviewKey?: string;
                  buildings?: string;
                  dwellings?: string;
                  households?: string;
                  individuals: string;
                  diasporaPersons?: string;
                  diasporaListComplete?: string;
                };
                /**
                 * @default [
                 *       "approved"
                 *     ]
                 */
                countedStatuses?: string[];
                /**
                 * @default [
                 *       "1",
                 *       "yes",
                 *       "true"
                 *     ]
                 */
                completeYes?: string[];
              };
            };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldMapping'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FieldMappingController_imports: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldImportList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  SusoImportController_run: {
    parameters: {
      query?: {
        fileName?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/zip': string;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "mappingId": "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8",
           *       "fileName": "census2026_1_Tabular_All.zip",
           *       "unchanged": false,
           *       "interviews": 1250,
           *       "counted": 1198,
           *       "rows": 37,
           *       "created": 35,
           *       "updated": 2,
           *       "batchId": "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
           *       "importId": "8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d"
           *     }
           */
          'application/json': components['schemas']['FieldImportResult'];
        };
      };
      /** @description Error: VALIDATION_FAILED, IMPORT_FORMAT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, TARIFF_NOT_IN_EFFECT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FieldMappingController_logins: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          login: string;
          enumeratorId: string;
        }[];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldSaved'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CsvImportController_run: {
    parameters: {
      query?: {
        fileName?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example interview__key,ea_code,responsible,status,households,individuals
         *     12-34-56-78,01-001-001,enum01,complete,1,4
         */
        'text/csv': string;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "mappingId": "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8",
           *       "fileName": "census2026_1_Tabular_All.zip",
           *       "unchanged": false,
           *       "interviews": 1250,
           *       "counted": 1198,
           *       "rows": 37,
           *       "created": 35,
           *       "updated": 2,
           *       "batchId": "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
           *       "importId": "8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d"
           *     }
           */
          'application/json': components['schemas']['FieldImportResult'];
        };
      };
      /** @description Error: VALIDATION_FAILED, IMPORT_FORMAT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, TARIFF_NOT_IN_EFFECT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FlagController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        open?: 'true' | 'false';
        eaCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityFlagList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FlagController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedQualityFlag'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FlagController_evaluate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityEvaluation'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  QualitySettingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityThresholds'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  QualitySettingsController_put: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 1 */
          individualsPerHouseholdMin?: number;
          /** @default 15 */
          individualsPerHouseholdMax?: number;
          /** @default 20 */
          aboveExpectedPercent?: number;
          /** @default 30 */
          jumpPercent?: number;
          /** @default 10 */
          jumpMinimum?: number;
          /** @default 7 */
          noApprovalDays?: number;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityThresholds'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  HeldLinesController_held: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HeldLineList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ProgressController_importExpectations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example ea_code,expected_dwellings,expected_households,expected_individuals
         *     01-001-001,125,120,410
         */
        'text/csv': string;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "saved": 1
           *     }
           */
          'application/json': components['schemas']['FieldSaved'];
        };
      };
      /** @description Error: VALIDATION_FAILED, IMPORT_FORMAT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ProgressController_summary: {
    parameters: {
      query?: {
        municipality?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldProgress'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ProgressController_perEa: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        municipality?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EaProgressList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayExportsController_people: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        status?: 'PAYABLE' | 'BLOCKED';
        municipality?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayPersonList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, PAY_RUN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayExportsController_lines: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        format?: 'json' | 'csv';
        staffId?: string;
        municipality?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of lines (JSON), or every line (CSV) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayLineList'];
          'text/csv': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, PAY_RUN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayExportsController_statement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        staffId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayStatement'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, PAY_RUN_UNKNOWN, PAY_PERSON_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayExportsController_bank: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bank transfer file (UTF-8 CSV) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, PAY_RUN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAY_RUN_NOT_APPROVED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAY_RUN_NOT_APPROVED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayExportsController_summary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, PAY_RUN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAY_RUN_NOT_COMPUTED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAY_RUN_NOT_COMPUTED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayRunController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        status?: 'QUEUED' | 'COMPUTING' | 'COMPUTED' | 'FAILED' | 'APPROVED';
        municipality?: string;
        census?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "6f1c2b7e-3a41-4d0e-9a57-2c8e1f0b9d34",
           *           "kind": "REGULAR",
           *           "status": "COMPUTED",
           *           "municipality": null,
           *           "tariffVersion": 1,
           *           "censusId": "3d2a9c4e-1b7f-4a85-9e60-7c1d2b3a4f58",
           *           "progress": 100,
           *           "sequence": 2,
           *           "createdById": "0b5e8d1a-7c2f-4e69-8b13-5a9d7f3c2e10",
           *           "createdBy": {
           *             "id": "0b5e8d1a-7c2f-4e69-8b13-5a9d7f3c2e10",
           *             "email": "finance@example.org"
           *           },
           *           "createdAt": "2026-05-02T08:15:00.000Z",
           *           "computedAt": "2026-05-02T08:16:40.000Z",
           *           "approvedById": null,
           *           "approvedBy": null,
           *           "approvedAt": null,
           *           "failedReason": null,
           *           "peopleCount": 2,
           *           "blockedCount": 1,
           *           "totals": {
           *             "gross": "2206.46",
           *             "deductions": "0.00",
           *             "net": "2206.46",
           *             "currency": "EUR"
           *           }
           *         }
           *       ],
           *       "total": 1,
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['PayRunList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayRunController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          municipalityCode?: string;
          tariffVersion?: number;
          census?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2b7e-3a41-4d0e-9a57-2c8e1f0b9d34",
           *       "kind": "REGULAR",
           *       "status": "QUEUED",
           *       "municipality": null,
           *       "tariffVersion": 1,
           *       "censusId": "3d2a9c4e-1b7f-4a85-9e60-7c1d2b3a4f58",
           *       "progress": 0,
           *       "sequence": 2,
           *       "createdById": "0b5e8d1a-7c2f-4e69-8b13-5a9d7f3c2e10",
           *       "createdBy": {
           *         "id": "0b5e8d1a-7c2f-4e69-8b13-5a9d7f3c2e10",
           *         "email": "finance@example.org"
           *       },
           *       "createdAt": "2026-05-02T08:15:00.000Z",
           *       "computedAt": null,
           *       "approvedById": null,
           *       "approvedBy": null,
           *       "approvedAt": null,
           *       "failedReason": null,
           *       "peopleCount": 0,
           *       "blockedCount": 0,
           *       "totals": {
           *         "gross": "0.00",
           *         "deductions": "0.00",
           *         "net": "0.00",
           *         "currency": "EUR"
           *       }
           *     }
           */
          'application/json': components['schemas']['PayRun'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN, CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: TARIFF_MISSING, CENSUS_REQUIRED, CENSUS_AMBIGUOUS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "TARIFF_MISSING",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayRunController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2b7e-3a41-4d0e-9a57-2c8e1f0b9d34",
           *       "kind": "REGULAR",
           *       "status": "COMPUTED",
           *       "municipality": null,
           *       "tariffVersion": 1,
           *       "censusId": "3d2a9c4e-1b7f-4a85-9e60-7c1d2b3a4f58",
           *       "progress": 100,
           *       "sequence": 2,
           *       "createdById": "0b5e8d1a-7c2f-4e69-8b13-5a9d7f3c2e10",
           *       "createdBy": {
           *         "id": "0b5e8d1a-7c2f-4e69-8b13-5a9d7f3c2e10",
           *         "email": "finance@example.org"
           *       },
           *       "createdAt": "2026-05-02T08:15:00.000Z",
           *       "computedAt": "2026-05-02T08:16:40.000Z",
           *       "approvedById": null,
           *       "approvedBy": null,
           *       "approvedAt": null,
           *       "failedReason": null,
           *       "peopleCount": 2,
           *       "blockedCount": 1,
           *       "totals": {
           *         "gross": "2206.46",
           *         "deductions": "0.00",
           *         "net": "2206.46",
           *         "currency": "EUR"
           *       },
           *       "municipalities": [
           *         {
           *           "code": "01",
           *           "nameSq": "Prishtinë",
           *           "nameSr": "Priština",
           *           "payable": 2,
           *           "blocked": 1,
           *           "gross": "2206.46",
           *           "deductions": "0.00",
           *           "net": "2206.46"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['PayRunDetail'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, PAY_RUN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayRunController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayRunDetail'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, PAY_RUN_FOUR_EYES */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, PAY_RUN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, PAY_RUN_NOT_COMPUTED, PAY_RUN_LOCKED, PAY_RUN_STALE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayRunController_recompute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayRun'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, PAY_RUN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, PAY_RUN_LOCKED, PAY_RUN_NOT_COMPUTED, CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ContractController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        municipality?: string;
        staffId?: string;
        status?: 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';
        census?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ContractController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          staffId: string;
          censusCode?: string;
          periodFrom?: string;
          periodTo?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            number: string;
            census: {
              /** Format: uuid */
              id: string;
              code: string;
            };
            staff: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'SUPERVISOR' | 'ENUMERATOR';
            };
            /** Format: uuid */
            municipalityId: string;
            /** @enum {string} */
            status: 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';
            periodFrom: string;
            periodTo: string;
            generatedAt: string;
            sentAt: string | null;
            signedOn: string | null;
            signedBy: string | null;
            paperReference: string | null;
            scan: {
              type: string;
              size: number;
              sha256: string;
            } | null;
            endedOn: string | null;
            endReason: string | null;
            replacedById: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "STAFF_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONTRACT_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CONTRACT_PERIOD_INVALID, CONTRACT_CENSUS_UNKNOWN */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CONTRACT_PERIOD_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ContractController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            number: string;
            census: {
              /** Format: uuid */
              id: string;
              code: string;
            };
            staff: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'SUPERVISOR' | 'ENUMERATOR';
            };
            /** Format: uuid */
            municipalityId: string;
            /** @enum {string} */
            status: 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';
            periodFrom: string;
            periodTo: string;
            generatedAt: string;
            sentAt: string | null;
            signedOn: string | null;
            signedBy: string | null;
            paperReference: string | null;
            scan: {
              type: string;
              size: number;
              sha256: string;
            } | null;
            endedOn: string | null;
            endReason: string | null;
            replacedById: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CONTRACT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ContractController_sent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            number: string;
            census: {
              /** Format: uuid */
              id: string;
              code: string;
            };
            staff: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'SUPERVISOR' | 'ENUMERATOR';
            };
            /** Format: uuid */
            municipalityId: string;
            /** @enum {string} */
            status: 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';
            periodFrom: string;
            periodTo: string;
            generatedAt: string;
            sentAt: string | null;
            signedOn: string | null;
            signedBy: string | null;
            paperReference: string | null;
            scan: {
              type: string;
              size: number;
              sha256: string;
            } | null;
            endedOn: string | null;
            endReason: string | null;
            replacedById: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CONTRACT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONTRACT_TRANSITION_INVALID */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ContractController_signature: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            number: string;
            census: {
              /** Format: uuid */
              id: string;
              code: string;
            };
            staff: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'SUPERVISOR' | 'ENUMERATOR';
            };
            /** Format: uuid */
            municipalityId: string;
            /** @enum {string} */
            status: 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';
            periodFrom: string;
            periodTo: string;
            generatedAt: string;
            sentAt: string | null;
            signedOn: string | null;
            signedBy: string | null;
            paperReference: string | null;
            scan: {
              type: string;
              size: number;
              sha256: string;
            } | null;
            endedOn: string | null;
            endReason: string | null;
            replacedById: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CONTRACT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONTRACT_TRANSITION_INVALID */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE, CONTRACT_SCAN_INVALID */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CONTRACT_SIGNATURE_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CONTRACT_SIGNATURE_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ContractController_scan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scan as uploaded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/jpeg': string;
          'image/png': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CONTRACT_UNKNOWN, CONTRACT_SCAN_MISSING */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ContractController_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          leavingDate: string;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            number: string;
            census: {
              /** Format: uuid */
              id: string;
              code: string;
            };
            staff: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'SUPERVISOR' | 'ENUMERATOR';
            };
            /** Format: uuid */
            municipalityId: string;
            /** @enum {string} */
            status: 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';
            periodFrom: string;
            periodTo: string;
            generatedAt: string;
            sentAt: string | null;
            signedOn: string | null;
            signedBy: string | null;
            paperReference: string | null;
            scan: {
              type: string;
              size: number;
              sha256: string;
            } | null;
            endedOn: string | null;
            endReason: string | null;
            replacedById: string | null;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CONTRACT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONTRACT_TRANSITION_INVALID */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CONTRACT_END_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CONTRACT_END_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ContractController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          periodFrom?: string;
          periodTo?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            replaced: {
              /** Format: uuid */
              id: string;
              number: string;
              census: {
                /** Format: uuid */
                id: string;
                code: string;
              };
              staff: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: 'SUPERVISOR' | 'ENUMERATOR';
              };
              /** Format: uuid */
              municipalityId: string;
              /** @enum {string} */
              status: 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';
              periodFrom: string;
              periodTo: string;
              generatedAt: string;
              sentAt: string | null;
              signedOn: string | null;
              signedBy: string | null;
              paperReference: string | null;
              scan: {
                type: string;
                size: number;
                sha256: string;
              } | null;
              endedOn: string | null;
              endReason: string | null;
              replacedById: string | null;
            };
            contract: {
              /** Format: uuid */
              id: string;
              number: string;
              census: {
                /** Format: uuid */
                id: string;
                code: string;
              };
              staff: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: 'SUPERVISOR' | 'ENUMERATOR';
              };
              /** Format: uuid */
              municipalityId: string;
              /** @enum {string} */
              status: 'GENERATED' | 'SENT' | 'SIGNED' | 'ENDED' | 'REPLACED';
              periodFrom: string;
              periodTo: string;
              generatedAt: string;
              sentAt: string | null;
              signedOn: string | null;
              signedBy: string | null;
              paperReference: string | null;
              scan: {
                type: string;
                size: number;
                sha256: string;
              } | null;
              endedOn: string | null;
              endReason: string | null;
              replacedById: string | null;
            };
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, CONTRACT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CONTRACT_TRANSITION_INVALID */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CONTRACT_PERIOD_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CONTRACT_PERIOD_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompetitionController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Code or id of a census */
        census?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompetitionList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompetitionController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
          census?: string;
          timeline?: {
            /** Format: date-time */
            applicationDeadline?: string;
            vacancyAnnounced?: string;
            kkrConfirmationDue?: string;
            shortlistSentBy?: string;
            finalListDue?: string;
            publicationBy?: string;
            kkrTraining?: string;
            supervisorTrainingFrom?: string;
            supervisorTrainingTo?: string;
            enumeratorTrainingFrom?: string;
            enumeratorTrainingTo?: string;
            listingFrom?: string;
            listingTo?: string;
            fieldworkFrom?: string;
            fieldworkTo?: string;
            engagementStart?: string;
            engagementEnd?: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Competition'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CENSUS_CALENDAR_MISSING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_AMBIGUOUS, CENSUS_REQUIRED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_AMBIGUOUS",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompetitionController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a3e-1b7d-4c55-9e0a-3f2b1c4d5e6f",
           *       "code": "rpc-2024",
           *       "censusId": "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
           *       "name": "Enumerators and supervisors 2024",
           *       "timeline": {
           *         "vacancyAnnounced": "2024-08-15",
           *         "applicationDeadline": "2024-09-02T21:59:59.000Z",
           *         "kkrConfirmationDue": "2024-08-30",
           *         "shortlistSentBy": "2024-09-20",
           *         "finalListDue": "2024-10-12",
           *         "publicationBy": "2024-10-13",
           *         "kkrTraining": "2024-10-20",
           *         "supervisorTrainingFrom": "2024-10-21",
           *         "supervisorTrainingTo": "2024-10-23",
           *         "enumeratorTrainingFrom": "2024-10-24",
           *         "enumeratorTrainingTo": "2024-10-27",
           *         "listingFrom": "2024-10-28",
           *         "listingTo": "2024-11-10",
           *         "fieldworkFrom": "2024-11-11",
           *         "fieldworkTo": "2024-12-10",
           *         "engagementStart": "2024-10-21",
           *         "engagementEnd": "2024-12-15"
           *       },
           *       "createdAt": "2024-08-01T09:00:00.000Z",
           *       "updatedAt": "2024-08-01T09:00:00.000Z"
           *     }
           */
          'application/json': components['schemas']['Competition'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompetitionController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          timeline?: {
            /** Format: date-time */
            applicationDeadline?: string;
            vacancyAnnounced?: string;
            kkrConfirmationDue?: string;
            shortlistSentBy?: string;
            finalListDue?: string;
            publicationBy?: string;
            kkrTraining?: string;
            supervisorTrainingFrom?: string;
            supervisorTrainingTo?: string;
            enumeratorTrainingFrom?: string;
            enumeratorTrainingTo?: string;
            listingFrom?: string;
            listingTo?: string;
            fieldworkFrom?: string;
            fieldworkTo?: string;
            engagementStart?: string;
            engagementEnd?: string;
          };
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Competition'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompetitionController_targets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          targets: {
            municipalityCode: string;
            /** @enum {string} */
            community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
            supervisors: number;
            enumerators: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffingTargetsSet'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompetitionController_scores: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "scores": [
         *         {
         *           "applicationId": "0b6f8f5e-7c1a-4f0e-9d3b-2a1c5e7f9a01",
         *           "score": "87.50"
         *         },
         *         {
         *           "applicationId": "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
         *           "score": "64"
         *         }
         *       ]
         *     }
         */
        'application/json': {
          scores: {
            /** Format: uuid */
            applicationId: string;
            score: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "recorded": 2
           *     }
           */
          'application/json': components['schemas']['ScoresRecorded'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompetitionController_shortlists: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          municipalityCodes: string[];
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortlistsSent'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE, SHORTLIST_BEFORE_DEADLINE, SHORTLIST_LOCKED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompetitionController_importApplications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplicationImportRowsInput'];
        /**
         * @example national_id,full_name,community,language,municipality_code,kind,phone,email
         *     1234567890,Arta Krasniqi,ALBANIAN,SQ,prishtine,ENUMERATOR,+38344123456,arta@example.org
         *     1234567891,Milan Petrović,SERBIAN,SR,graqanice,ENUMERATOR,,
         */
        'text/csv': string;
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "competitionId": "6f1c2a3e-1b7d-4c55-9e0a-3f2b1c4d5e6f",
           *       "created": 2,
           *       "applicationIds": [
           *         "0b6f8f5e-7c1a-4f0e-9d3b-2a1c5e7f9a01",
           *         "3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
           *       ]
           *     }
           */
          'application/json': components['schemas']['ApplicationsImport'];
        };
      };
      /** @description Error: VALIDATION_FAILED, IMPORT_FORMAT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, APPLICATION_DEADLINE_PASSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID, CENSUS_SETTINGS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompetitionController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineCheck'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_apply: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          competitionId: string;
          municipalityCode: string;
          kind?: string;
          nationalId: string;
          fullName: string;
          phone?: string | null;
          email?: string | null;
          community: string;
          languageOfWork: string;
          /** @enum {string} */
          channel: 'ONLINE' | 'PAPER';
          paperFileRef?: string | null;
          dateOfBirth?: string | null;
          /** @default [] */
          documents?: string[];
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Application'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, PAPER_INTAKE_NOT_DESIGNATED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "COMPETITION_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, APPLICATION_DEADLINE_PASSED, APPLICATION_DUPLICATE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_SETTINGS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_SETTINGS_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_flags: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        competitionId?: string;
        /** @description Code or id of a census */
        census?: string;
        /** @description Code of a municipality */
        municipality?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineFlagList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_applications: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        /** @description Order: submittedAt, fullName; prefix with - for descending */
        sort?: 'submittedAt' | 'fullName' | '-submittedAt' | '-fullName';
        /** @description Start of the national id, or of any word of the name (case-insensitive) */
        q?: string;
        /** @description Only applications for this kind of position */
        kind?: 'SUPERVISOR' | 'ENUMERATOR';
        /** @description Only applications in this status */
        status?: 'SUBMITTED' | 'SELECTED' | 'HIRED' | 'DECLINED';
        /** @description Only online or only paper applications */
        channel?: 'ONLINE' | 'PAPER';
        /** @description Only applicants of this community */
        community?: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
      };
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_targets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffingTargets'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_vacancyNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VacancyNotice'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_shortlist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "competitionId": "6f1c2a3e-1b7d-4c55-9e0a-3f2b1c4d5e6f",
           *       "municipalityCode": "prishtine",
           *       "sentAt": "2024-09-18T08:30:00.000Z",
           *       "version": 1,
           *       "versions": [
           *         {
           *           "version": 1,
           *           "sentAt": "2024-09-18T08:30:00.000Z",
           *           "sentBy": "recruitment@ask.example",
           *           "reason": null,
           *           "changes": {
           *             "added": [
           *               "0b6f8f5e-7c1a-4f0e-9d3b-2a1c5e7f9a01"
           *             ],
           *             "removed": [],
           *             "moved": []
           *           }
           *         }
           *       ],
           *       "finalListStartedAt": null,
           *       "finalisedAt": null,
           *       "publishedAt": null,
           *       "communities": [
           *         {
           *           "community": "ALBANIAN",
           *           "required": 1,
           *           "candidates": [
           *             {
           *               "rank": 1,
           *               "applicationId": "0b6f8f5e-7c1a-4f0e-9d3b-2a1c5e7f9a01",
           *               "fullName": "Arta Krasniqi",
           *               "languageOfWork": "SQ",
           *               "score": "87.50",
           *               "status": "SUBMITTED",
           *               "deviationReason": null
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Shortlist'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_finalList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicFinalList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "RECRUITMENT_STAGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_finalise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          selections: {
            /** Format: uuid */
            applicationId: string;
            reason?: string | null;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinalList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, SHORTLIST_NOT_SENT, RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FINAL_LIST_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FINAL_LIST_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_startFinalList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinalListStart'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, SHORTLIST_NOT_SENT, RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_reopenShortlist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortlistReopen'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicFinalList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN, APPLICATION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, SHORTLIST_NOT_SENT, FINAL_LIST_NOT_DONE, RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_reserve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReserveList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_replacementList: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplacementList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_propose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          leaverStaffId: string;
          leavingDate: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplacementProposal'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE, RESERVE_EMPTY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: REPLACEMENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "REPLACEMENT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_decline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        replacementId: string;
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplacementProposal'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN, REPLACEMENT_UNKNOWN, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE, RESERVE_EMPTY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RecruitmentController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        replacementId: string;
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          iban?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplacementAccepted'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN, IBAN_FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN, REPLACEMENT_UNKNOWN, STAFF_UNKNOWN, APPLICATION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: ASSIGNMENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "ASSIGNMENT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PaperIntakeController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaperIntakeClerks'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PaperIntakeController_designate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          userId: string;
          kkrPosition: number;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaperIntakeClerks'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  SupervisorController_ranking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            competitionId: string;
            municipalityCode: string;
            selectedAt: string | null;
            publishedAt: string | null;
            communities: {
              /** @enum {string} */
              community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
              required: number;
              candidates: {
                rank: number;
                applicationId: string;
                fullName: string;
                /** @enum {string} */
                languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
                score: string | null;
                /** @enum {string} */
                status: 'SUBMITTED' | 'SELECTED' | 'HIRED' | 'DECLINED';
                deviationReason: string | null;
              }[];
            }[];
            unscored: {
              applicationId: string;
              fullName: string;
            }[];
            ineligible: {
              applicationId: string;
              fullName: string;
              reasons: {
                /** @enum {string} */
                code: 'DATE_OF_BIRTH_MISSING' | 'TOO_YOUNG' | 'TOO_OLD' | 'DOCUMENT_MISSING' | 'ENGAGED_ELSEWHERE' | 'KKR_MEMBER';
                params: {
                  [key: string]: string | number;
                };
              }[];
            }[];
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "RECRUITMENT_STAGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SUPERVISOR_SELECTION_INVALID, CENSUS_SETTINGS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SUPERVISOR_SELECTION_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  SupervisorController_select: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          selections: {
            /** Format: uuid */
            applicationId: string;
            reason?: string | null;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            municipalityCode: string;
            selectedAt: string;
            selected: number;
            deviations: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SUPERVISOR_SELECTION_INVALID, CENSUS_SETTINGS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SUPERVISOR_SELECTION_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  SupervisorController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            municipalityCode: string;
            publishedAt: string;
            hired: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SUPERVISOR_SELECTION_INVALID, CENSUS_SETTINGS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SUPERVISOR_SELECTION_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  SupervisorController_results: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            competitionId: string;
            municipalityCode: string;
            publishedAt: string | null;
            supervisors: {
              applicationId: string;
              staffId: string;
              fullName: string;
              /** @enum {string} */
              community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
              /** @enum {string} */
              status: 'SUBMITTED' | 'SELECTED' | 'HIRED' | 'DECLINED';
              teamCodes: string[];
            }[];
            reserve: {
              /** @enum {string} */
              community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
              candidates: {
                reserveRank: number;
                applicationId: string;
                fullName: string;
                /** @enum {string} */
                languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
                score: string | null;
              }[];
            }[];
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "RECRUITMENT_STAGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SUPERVISOR_SELECTION_INVALID, CENSUS_SETTINGS_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SUPERVISOR_SELECTION_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  SupervisorController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisorReplacementList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN, REPLACEMENT_UNKNOWN, STAFF_UNKNOWN, APPLICATION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: RECRUITMENT_STAGE, RESERVE_EMPTY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "RECRUITMENT_STAGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SUPERVISOR_SELECTION_INVALID, CENSUS_SETTINGS_INVALID, REPLACEMENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SUPERVISOR_SELECTION_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  SupervisorController_propose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          leaverStaffId: string;
          leavingDate: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            competitionId: string;
            municipalityId: string;
            leaverStaffId: string;
            leavingDate: string | null;
            cutoverDate: string | null;
            reason: string;
            proposedApplicationId: string;
            /** @enum {string} */
            status: 'PROPOSED' | 'ACCEPTED';
            replacementStaffId: string | null;
            notes: components['schemas']['ReplacementNote'][];
            /** Format: date-time */
            createdAt: string;
            acceptedAt: string | null;
            proposed: {
              applicationId: string;
              fullName: string;
              /** @enum {string} */
              languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
              /** @enum {string} */
              community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
            };
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN, REPLACEMENT_UNKNOWN, STAFF_UNKNOWN, APPLICATION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE, RESERVE_EMPTY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SUPERVISOR_SELECTION_INVALID, CENSUS_SETTINGS_INVALID, REPLACEMENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SUPERVISOR_SELECTION_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  SupervisorController_decline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        replacementId: string;
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            competitionId: string;
            municipalityId: string;
            leaverStaffId: string;
            leavingDate: string | null;
            cutoverDate: string | null;
            reason: string;
            proposedApplicationId: string;
            /** @enum {string} */
            status: 'PROPOSED' | 'ACCEPTED';
            replacementStaffId: string | null;
            notes: components['schemas']['ReplacementNote'][];
            /** Format: date-time */
            createdAt: string;
            acceptedAt: string | null;
            proposed: {
              applicationId: string;
              fullName: string;
              /** @enum {string} */
              languageOfWork: 'SQ' | 'SR' | 'TR' | 'BS' | 'EN';
              /** @enum {string} */
              community: 'ALBANIAN' | 'SERB' | 'BOSNIAK' | 'TURKISH' | 'ROMA' | 'ASHKALI' | 'EGYPTIAN' | 'GORANI' | 'OTHER';
            };
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN, REPLACEMENT_UNKNOWN, STAFF_UNKNOWN, APPLICATION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE, RESERVE_EMPTY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SUPERVISOR_SELECTION_INVALID, CENSUS_SETTINGS_INVALID, REPLACEMENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SUPERVISOR_SELECTION_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  SupervisorController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        replacementId: string;
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          iban?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @constant */
            status: 'ACCEPTED';
            leaverStaffId: string;
            replacementStaffId: string;
            leavingDate: string;
            cutoverDate: string;
            teamCodes: string[];
            notes: components['schemas']['ReplacementNote'][];
          };
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN, MUNICIPALITY_UNKNOWN, REPLACEMENT_UNKNOWN, STAFF_UNKNOWN, APPLICATION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE, RESERVE_EMPTY */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: SUPERVISOR_SELECTION_INVALID, CENSUS_SETTINGS_INVALID, REPLACEMENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "SUPERVISOR_SELECTION_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ScoreImportController_run: {
    parameters: {
      query?: {
        dryRun?: '0' | '1' | 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description CSV text with a header line, or a JSON array of row objects keyed by the column names */
    requestBody: {
      content: {
        'text/csv': string;
        'application/json': string;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            competitionId: string;
            dryRun: boolean;
            rows: number;
            recorded: number;
            changed: number;
            unchanged: number;
          };
        };
      };
      /** @description Error: VALIDATION_FAILED, IMPORT_FORMAT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, COMPETITION_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, RECRUITMENT_STAGE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  VenueController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        municipality?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingVenueList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  VenueController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          municipalityCode: string;
          name: string;
          /** @enum {string} */
          kind: 'MUNICIPAL_BUILDING' | 'SCHOOL' | 'OTHER';
          address: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingVenue'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  VenueController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingVenue'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, VENUE_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  VenueController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, VENUE_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, ROOM_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  VenueController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          kind?: 'MUNICIPAL_BUILDING' | 'SCHOOL' | 'OTHER';
          address?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingVenue'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, VENUE_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  VenueController_addRoom: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          seats: number;
          /** @default false */
          hasProjector?: boolean;
          /** @default false */
          hasTv?: boolean;
          /** @default [] */
          availability?: {
            from: string;
            to: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingRoom'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, VENUE_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RoomController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingRoomWithVenue'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ROOM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RoomController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ROOM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, ROOM_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RoomController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          seats?: number;
          hasProjector?: boolean;
          hasTv?: boolean;
          availability?: {
            from: string;
            to: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingRoom'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ROOM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingEventController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        kind?: 'KKR_REGIONAL' | 'SUPERVISORS' | 'ENUMERATORS';
        census?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingEventList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingEventController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'KKR_REGIONAL' | 'SUPERVISORS' | 'ENUMERATORS';
          name?: string | null;
          startDate?: string;
          endDate?: string;
          regionCode?: string | null;
          hostRoomId?: string | null;
          noticeDate?: string | null;
          maxClassSize?: number;
          census?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingEvent'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CENSUS_CALENDAR_MISSING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: TRAINING_EVENT_INVALID, CENSUS_REQUIRED, CENSUS_AMBIGUOUS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "TRAINING_EVENT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingEventController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingEvent'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_EVENT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingEventController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string | null;
          startDate?: string;
          endDate?: string;
          regionCode?: string | null;
          hostRoomId?: string | null;
          noticeDate?: string | null;
          maxClassSize?: number;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingEvent'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_EVENT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: TRAINING_EVENT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "TRAINING_EVENT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingEventController_defaults: {
    parameters: {
      query?: {
        census?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DefaultTrainingEvents'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, CENSUS_CALENDAR_MISSING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_REQUIRED, CENSUS_AMBIGUOUS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_REQUIRED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingEventController_generate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          municipalityCode?: string;
          maxClassSize?: number;
          allowSecondShift?: boolean;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingPlan'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_EVENT_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: TRAINING_PLAN_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "TRAINING_PLAN_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingEventController_schedule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingSchedule'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingPlanController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        event?: string;
        municipality?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingPlanList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingPlanController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "a3c9e1d2-7b64-4f0a-8e2c-1d5f9b7a6c30",
           *       "event": {
           *         "id": "5b1f6c0e-2d4a-4f7e-9a51-0c2e7d3b8a11",
           *         "kind": "ENUMERATORS",
           *         "name": null,
           *         "title": "Enumerator training",
           *         "startDate": "2024-03-18",
           *         "endDate": "2024-03-22",
           *         "region": null,
           *         "hostRoomId": null,
           *         "noticeDate": null,
           *         "maxClassSize": 30,
           *         "warnings": [],
           *         "warningNotices": []
           *       },
           *       "municipalityId": "7d2b8e0c-1b8a-4a43-8d6e-3f7c0b9a1e22",
           *       "version": 1,
           *       "status": "PUBLISHED",
           *       "pinned": true,
           *       "maxClassSize": 30,
           *       "basedOnPlanId": null,
           *       "createdAt": "2024-03-01T09:00:00.000Z",
           *       "publishedAt": "2024-03-01T09:05:00.000Z",
           *       "summary": {
           *         "trainees": 21,
           *         "classes": 1,
           *         "lowerBound": 1,
           *         "classesPlaced": 1,
           *         "traineesPlaced": 21,
           *         "traineesUnplaced": 0,
           *         "allowSecondShift": true,
           *         "relocatedClassKeys": [],
           *         "warnings": [],
           *         "warningNotices": []
           *       },
           *       "municipality": {
           *         "code": "peje",
           *         "nameSq": "Pejë",
           *         "nameSr": "Peć"
           *       },
           *       "classes": [
           *         {
           *           "key": "7d2b8e0c-1b8a-4a43-8d6e-3f7c0b9a1e22|SQ|1",
           *           "municipality": {
           *             "code": "peje",
           *             "nameSq": "Pejë",
           *             "nameSr": "Peć"
           *           },
           *           "language": "SQ",
           *           "size": 21,
           *           "startDate": "2024-03-18",
           *           "endDate": "2024-03-22",
           *           "shift": "MORNING",
           *           "room": {
           *             "id": "c8e4b2a1-3f5d-4e6c-9b7a-2d1f0e9c8b70",
           *             "name": "Room 12",
           *             "seats": 30,
           *             "hasProjector": true,
           *             "hasTv": false,
           *             "municipality": {
           *               "code": "peje",
           *               "nameSq": "Pejë",
           *               "nameSr": "Peć"
           *             },
           *             "venue": {
           *               "id": "e1d2c3b4-a5f6-4789-8abc-def012345678",
           *               "name": "Shkolla Bedri Pejani",
           *               "address": "Rr. Mbretëresha Teutë",
           *               "kind": "SCHOOL"
           *             }
           *           },
           *           "explanation": "21 trainees (Albanian) from Pejë in Shkolla Bedri Pejani, Room 12 (Pejë, 30 seats, projector), morning shift, 18 March 2024 – 22 March 2024: own municipality",
           *           "notice": {
           *             "code": "CLASS_PLACED",
           *             "params": {
           *               "trainees": 21,
           *               "language": "SQ",
           *               "municipality": "peje",
           *               "from": "2024-03-18",
           *               "to": "2024-03-22",
           *               "room": "Shkolla Bedri Pejani, Room 12",
           *               "roomMunicipality": "peje",
           *               "seats": 30,
           *               "equipment": "PROJECTOR",
           *               "shift": "MORNING",
           *               "reason": "OWN_MUNICIPALITY",
           *               "secondShift": 0
           *             },
           *             "text": "21 trainees (Albanian) from Pejë in Shkolla Bedri Pejani, Room 12 (Pejë, 30 seats, projector), morning shift, 18 March 2024 – 22 March 2024: own municipality"
           *           },
           *           "trainees": [
           *             {
           *               "id": "2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10",
           *               "kind": "STAFF",
           *               "fullName": "Arta Berisha",
           *               "municipality": {
           *                 "code": "peje",
           *                 "nameSq": "Pejë",
           *                 "nameSr": "Peć"
           *               },
           *               "position": 1
           *             }
           *           ]
           *         }
           *       ],
           *       "shortfalls": [],
           *       "moves": []
           *     }
           */
          'application/json': components['schemas']['TrainingPlan'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingPlanController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingPlan'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingPlanController_replan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingPlan'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, TRAINING_PLAN_NOT_PINNED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TrainingSessionController_get: {
    parameters: {
      query?: {
        eventKind?: 'KKR_REGIONAL' | 'SUPERVISORS' | 'ENUMERATORS';
      };
      header?: never;
      path: {
        staffId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffTrainingSession'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PlanSessionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingPlanSessions'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EventTimesController_set: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          shiftTimes: {
            MORNING: {
              start: string;
              end: string;
            };
            AFTERNOON: {
              start: string;
              end: string;
            };
          };
          /** @default null */
          bringNote?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingEventTimes'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_EVENT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  RoomAddressController_set: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          floor: string | null;
          directions: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingRoomAddress'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_ROOM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AttendanceController_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingAttendance'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AttendanceController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          records: {
            /** Format: uuid */
            traineeId: string;
            day: string;
            present: boolean;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingAttendanceResult'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  AttendanceController_import: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example person,day,present
         *     1234567890,2024-03-18,yes
         *     1234567890,2024-03-19,no
         */
        'text/csv': string;
        'application/json': components['schemas']['AttendanceRowsInput'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "rows": 10,
           *       "created": 8,
           *       "updated": 1,
           *       "unchanged": 1
           *     }
           */
          'application/json': components['schemas']['TrainingAttendanceResult'];
        };
      };
      /** @description Error: VALIDATION_FAILED, IMPORT_FORMAT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EquipmentReferenceController_itemTypes: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemTypeList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EquipmentReferenceController_createItemType: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemType'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EquipmentReferenceController_kits: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EquipmentReferenceController_replaceKit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        role: 'SUPERVISOR' | 'ENUMERATOR';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          lines: {
            typeCode: string;
            quantity: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Kit'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ITEM_TYPE_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: KIT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "KIT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EquipmentReferenceController_tariffs: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChargebackTariffList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EquipmentReferenceController_createTariff: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          effectiveFrom: string;
          rates: {
            typeCode: string;
            lost: string;
            damaged: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChargebackTariff'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: ITEM_TYPE_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "ITEM_TYPE_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CHARGEBACK_TARIFF_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CHARGEBACK_TARIFF_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ItemController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        municipality?: string;
        store?: 'ASK';
        status?: 'IN_STORAGE' | 'ISSUED' | 'RETURNED' | 'DAMAGED' | 'LOST';
        type?: string;
        serial?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "5b0f3c1e-8a7d-4f2b-9c61-2e4d7a9b1c03",
           *           "serial": "SN-2023-0001",
           *           "typeCode": "TABLET",
           *           "typeName": "Tablet",
           *           "status": "IN_STORAGE",
           *           "location": {
           *             "store": "MUNICIPALITY",
           *             "municipalityCode": "prishtine"
           *           },
           *           "storageRoom": {
           *             "id": "0c8e2d4a-6b1f-4e3a-8d5c-7f9a1b2c3d4e",
           *             "name": "Depo qendrore"
           *           },
           *           "holderStaffId": null,
           *           "responsibleStaffId": null,
           *           "statusDate": "2031-04-07",
           *           "deliveryId": "9a3e5c7b-1d2f-4a6b-8c0e-2f4a6b8c0e1d",
           *           "updatedAt": "2031-04-07T08:15:00.000Z"
           *         }
           *       ],
           *       "total": 1,
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['ItemList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ItemController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          typeCode: string;
          serial: string;
          municipalityCode?: string | null;
          storageRoomId?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN, STORAGE_ROOM_UNKNOWN, ITEM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ItemController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ITEM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ItemController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ITEM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, ITEM_IN_USE */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ItemController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status?: 'IN_STORAGE' | 'DAMAGED' | 'LOST';
          storageRoomId?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, ITEM_UNKNOWN, STORAGE_ROOM_UNKNOWN, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, ITEM_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ItemController_bulk: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "municipalityCode": "prishtine",
         *       "items": [
         *         {
         *           "typeCode": "TABLET",
         *           "serial": "SN-2023-0001"
         *         }
         *       ]
         *     }
         */
        'application/json': {
          municipalityCode?: string | null;
          storageRoomId?: string | null;
          items: {
            typeCode: string;
            serial: string;
          }[];
        };
        /**
         * @example type_code,serial
         *     TABLET,SN-2023-0001
         *     BAG,BG-2023-0001
         */
        'text/csv': string;
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "created": 2,
           *       "ids": [
           *         "5b0f3c1e-8a7d-4f2b-9c61-2e4d7a9b1c03",
           *         "6c1a4d2f-9b8e-4a3c-8d72-3f5e8b0c2d14"
           *       ]
           *     }
           */
          'application/json': components['schemas']['BulkItemsResult'];
        };
      };
      /** @description Error: VALIDATION_FAILED, IMPORT_FORMAT */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN, STORAGE_ROOM_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: IMPORT_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "IMPORT_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ItemController_deliveries: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        municipality?: string;
        census?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN, CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ItemController_deliver: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          municipalityCode: string;
          deliveredOn?: string;
          storageRoomId?: string | null;
          note?: string | null;
          serials: string[];
          census?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryCreated'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN, STORAGE_ROOM_UNKNOWN, CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, ITEM_CONFLICT, CENSUS_CALENDAR_MISSING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: ITEM_INVALID, CENSUS_REQUIRED, CENSUS_AMBIGUOUS */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "ITEM_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  MunicipalEquipmentController_rooms: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StorageRoomList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  MunicipalEquipmentController_addRoom: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          address?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StorageRoom'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  MunicipalEquipmentController_settings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EquipmentSettings'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  MunicipalEquipmentController_setSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sparePercent: number;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EquipmentSettings'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  MunicipalEquipmentController_plans: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistributionPlanVersionList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  MunicipalEquipmentController_generate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          storageRoomId?: string | null;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3e7a9c1b-5d2f-4b6a-8e0c-1a3b5c7d9e2f",
           *       "municipality": {
           *         "code": "kamenice",
           *         "name": "Kamenicë",
           *         "nameSr": "Kamenica"
           *       },
           *       "version": 2,
           *       "sparePercent": 10,
           *       "spareRounding": "ceil",
           *       "storageRoom": {
           *         "id": "0c8e2d4a-6b1f-4e3a-8d5c-7f9a1b2c3d4e",
           *         "name": "Depo e komunës",
           *         "address": "Rruga e Shkollës 1"
           *       },
           *       "createdAt": "2031-04-07T09:00:00.000Z",
           *       "lines": [
           *         {
           *           "staffId": "2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10",
           *           "fullName": "Arta Berisha",
           *           "role": "ENUMERATOR",
           *           "items": [
           *             {
           *               "typeCode": "BAG",
           *               "serial": "BG-2023-0001",
           *               "alreadyIssued": false
           *             },
           *             {
           *               "typeCode": "TABLET",
           *               "serial": "SN-2023-0001",
           *               "alreadyIssued": false
           *             },
           *             {
           *               "typeCode": "POWER_BANK",
           *               "serial": null,
           *               "alreadyIssued": false
           *             }
           *           ],
           *           "complete": false,
           *           "session": {
           *             "startDate": "2031-04-14",
           *             "endDate": "2031-04-18",
           *             "venueName": "Shkolla Fan Noli",
           *             "roomName": "Salla 12",
           *             "shift": "MORNING"
           *           },
           *           "sessionNote": null
           *         }
           *       ],
           *       "spares": [
           *         {
           *           "typeCode": "TABLET",
           *           "wanted": 1,
           *           "serials": [
           *             "SN-2023-0002"
           *           ]
           *         }
           *       ],
           *       "needs": [
           *         {
           *           "typeCode": "POWER_BANK",
           *           "typeName": "Power bank",
           *           "forPeople": 1,
           *           "spares": 1,
           *           "need": 2,
           *           "have": 0,
           *           "missing": 2
           *         }
           *       ],
           *       "missing": {
           *         "summary": "Power bank: 2 missing (need 2 incl. 1 spare, have 0)",
           *         "shortfalls": [
           *           {
           *             "code": "EQUIPMENT_SHORT",
           *             "params": {
           *               "type": "Power bank",
           *               "missing": 2,
           *               "need": 2,
           *               "spares": 1,
           *               "have": 0
           *             },
           *             "text": "Power bank: 2 missing (need 2 incl. 1 spare, have 0)"
           *           }
           *         ],
           *         "items": [
           *           {
           *             "typeCode": "POWER_BANK",
           *             "count": 2
           *           }
           *         ],
           *         "incompleteKits": [
           *           {
           *             "staffId": "2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10",
           *             "fullName": "Arta Berisha",
           *             "typeCodes": [
           *               "POWER_BANK"
           *             ]
           *           }
           *         ],
           *         "sessionsNotPlanned": []
           *       }
           *     }
           */
          'application/json': components['schemas']['DistributionPlan'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, MUNICIPALITY_UNKNOWN, STORAGE_ROOM_UNKNOWN, DISTRIBUTION_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  DistributionPlanController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3e7a9c1b-5d2f-4b6a-8e0c-1a3b5c7d9e2f",
           *       "municipality": {
           *         "code": "kamenice",
           *         "name": "Kamenicë",
           *         "nameSr": "Kamenica"
           *       },
           *       "version": 2,
           *       "sparePercent": 10,
           *       "spareRounding": "ceil",
           *       "storageRoom": {
           *         "id": "0c8e2d4a-6b1f-4e3a-8d5c-7f9a1b2c3d4e",
           *         "name": "Depo e komunës",
           *         "address": "Rruga e Shkollës 1"
           *       },
           *       "createdAt": "2031-04-07T09:00:00.000Z",
           *       "lines": [
           *         {
           *           "staffId": "2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10",
           *           "fullName": "Arta Berisha",
           *           "role": "ENUMERATOR",
           *           "items": [
           *             {
           *               "typeCode": "BAG",
           *               "serial": "BG-2023-0001",
           *               "alreadyIssued": false
           *             },
           *             {
           *               "typeCode": "TABLET",
           *               "serial": "SN-2023-0001",
           *               "alreadyIssued": false
           *             },
           *             {
           *               "typeCode": "POWER_BANK",
           *               "serial": null,
           *               "alreadyIssued": false
           *             }
           *           ],
           *           "complete": false,
           *           "session": {
           *             "startDate": "2031-04-14",
           *             "endDate": "2031-04-18",
           *             "venueName": "Shkolla Fan Noli",
           *             "roomName": "Salla 12",
           *             "shift": "MORNING"
           *           },
           *           "sessionNote": null
           *         }
           *       ],
           *       "spares": [
           *         {
           *           "typeCode": "TABLET",
           *           "wanted": 1,
           *           "serials": [
           *             "SN-2023-0002"
           *           ]
           *         }
           *       ],
           *       "needs": [
           *         {
           *           "typeCode": "POWER_BANK",
           *           "typeName": "Power bank",
           *           "forPeople": 1,
           *           "spares": 1,
           *           "need": 2,
           *           "have": 0,
           *           "missing": 2
           *         }
           *       ],
           *       "missing": {
           *         "summary": "Power bank: 2 missing (need 2 incl. 1 spare, have 0)",
           *         "shortfalls": [
           *           {
           *             "code": "EQUIPMENT_SHORT",
           *             "params": {
           *               "type": "Power bank",
           *               "missing": 2,
           *               "need": 2,
           *               "spares": 1,
           *               "have": 0
           *             },
           *             "text": "Power bank: 2 missing (need 2 incl. 1 spare, have 0)"
           *           }
           *         ],
           *         "items": [
           *           {
           *             "typeCode": "POWER_BANK",
           *             "count": 2
           *           }
           *         ],
           *         "incompleteKits": [
           *           {
           *             "staffId": "2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10",
           *             "fullName": "Arta Berisha",
           *             "typeCodes": [
           *               "POWER_BANK"
           *             ]
           *           }
           *         ],
           *         "sessionsNotPlanned": []
           *       }
           *     }
           */
          'application/json': components['schemas']['DistributionPlan'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, DISTRIBUTION_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  DistributionPlanController_printable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PrintablePlan'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, DISTRIBUTION_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  StaffKitController_kit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffKit'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  StaffKitController_handover: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          serials: string[];
          substitutions?: {
            planned: string;
            actual: string;
          }[];
          signedBy: string;
          /** Format: date-time */
          signedAt?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitHandover'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, DISTRIBUTION_PLAN_MISSING, ITEM_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: KIT_HANDOVER_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "KIT_HANDOVER_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  StaffKitController_returnKit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            serial: string;
            /** @enum {string} */
            condition: 'GOOD' | 'DAMAGED' | 'LOST';
          }[];
          signedBy: string;
          /** Format: date-time */
          signedAt?: string;
        };
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitReturn'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, ITEM_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: KIT_RETURN_INVALID */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "KIT_RETURN_INVALID",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  StaffKitController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Chargebacks'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ReportsController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        status?: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'EXPIRED';
        type?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportRequestList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ReportsController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          type: string;
          /** @default {} */
          params?: {
            [key: string]: unknown;
          };
          /**
           * @description A language of the catalogues: sq, sr-Latn (Serbian in Latin; sr is taken for it, as stored requests wrote it), sr-Cyrl (Serbian in Cyrillic), en. Absent: a municipality's document is printed in the municipality's document languages (both in one file when it has two), a national one in sq
           * @enum {string}
           */
          language?: 'sr' | 'sq' | 'en' | 'sr-Latn' | 'sr-Cyrl';
        };
      };
    };
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "1f2e3d4c-5b6a-4798-8a1b-2c3d4e5f6a7b",
           *       "type": "payment-statement",
           *       "params": {
           *         "runId": "6f1c2b7e-3a41-4d0e-9a57-2c8e1f0b9d34",
           *         "staffId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"
           *       },
           *       "language": "sq",
           *       "municipalityId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
           *       "audience": "NATIONAL",
           *       "status": "QUEUED",
           *       "progress": 0,
           *       "pages": 0,
           *       "attempts": 0,
           *       "error": null,
           *       "contentHash": "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
           *       "fileSize": null,
           *       "sha256": null,
           *       "expiresAt": null,
           *       "createdAt": "2026-05-02T08:20:00.000Z",
           *       "completedAt": null,
           *       "file": null,
           *       "reused": false
           *     }
           */
          'application/json': components['schemas']['ReportRequest'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN, PAY_RUN_UNKNOWN, PAY_PERSON_UNKNOWN, STAFF_UNKNOWN, CONTRACT_UNKNOWN, COMPETITION_UNKNOWN, DISTRIBUTION_PLAN_UNKNOWN, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: REPORT_TYPE_UNKNOWN, TARIFF_MISSING */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "REPORT_TYPE_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ReportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "1f2e3d4c-5b6a-4798-8a1b-2c3d4e5f6a7b",
           *       "type": "payment-statement",
           *       "params": {
           *         "runId": "6f1c2b7e-3a41-4d0e-9a57-2c8e1f0b9d34",
           *         "staffId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"
           *       },
           *       "language": "sq",
           *       "municipalityId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
           *       "audience": "NATIONAL",
           *       "status": "COMPLETED",
           *       "progress": 100,
           *       "pages": 1,
           *       "attempts": 1,
           *       "error": null,
           *       "contentHash": "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
           *       "fileSize": 48213,
           *       "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
           *       "expiresAt": "2026-05-09T08:20:00.000Z",
           *       "createdAt": "2026-05-02T08:20:00.000Z",
           *       "completedAt": "2026-05-02T08:20:03.000Z",
           *       "file": "/api/v1/reports/1f2e3d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/file"
           *     }
           */
          'application/json': components['schemas']['ReportRequest'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, REPORT_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ReportsController_file: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, REPORT_UNKNOWN, REPORT_FILE_MISSING */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: REPORT_NOT_READY, REPORT_FAILED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "REPORT_NOT_READY",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: REPORT_EXPIRED */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "REPORT_EXPIRED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  QueueBoardController_session: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "expiresAt": "2026-05-02T08:30:00.000Z",
           *       "url": "/api/v1/admin/queues/"
           *     }
           */
          'application/json': components['schemas']['QueueBoardSession'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PlanInvitationsController_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default [
           *       "EMAIL",
           *       "SMS"
           *     ]
           */
          channels?: ('EMAIL' | 'SMS')[];
        };
      };
    };
    responses: {
      /** @description Success */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationOutcome'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNIQUE_VIOLATION, SERIALIZATION_CONFLICT, TRAINING_PLAN_NOT_PUBLISHED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNIQUE_VIOLATION",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "PAYLOAD_TOO_LARGE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNSUPPORTED_MEDIA_TYPE",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PlanInvitationsController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        status?: 'QUEUED' | 'SENT' | 'FAILED' | 'BOUNCED';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubjectMessages'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, TRAINING_PLAN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PersonMessagesController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MessageList'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, STAFF_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PayRunMessagesController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
        status?: 'QUEUED' | 'SENT' | 'FAILED' | 'BOUNCED';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubjectMessages'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: NOT_FOUND, PAY_RUN_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "NOT_FOUND",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  OutboxController_list: {
    parameters: {
      query?: {
        /** @description Rows per page (at most 500) */
        limit?: number;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Outbox'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "FORBIDDEN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  DashboardController_get: {
    parameters: {
      query?: {
        /** @description A municipality code: its figures only (national roles) */
        municipality?: string;
        /** @description Census code or id of the calendar; default: the only open census */
        census?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Dashboard'];
        };
      };
      /** @description Error: VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "VALIDATION_FAILED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: UNAUTHENTICATED, TOKEN_INVALID */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "UNAUTHENTICATED",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: MUNICIPALITY_UNKNOWN, CENSUS_UNKNOWN */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "MUNICIPALITY_UNKNOWN",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: CENSUS_CALENDAR_MISSING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "CENSUS_CALENDAR_MISSING",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error: INTERNAL */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "INTERNAL",
           *         "message": "what went wrong, in words"
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
