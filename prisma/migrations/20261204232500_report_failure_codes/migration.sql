-- A report whose final failure went unrecorded stored an English sentence. It is the error code
-- REPORT_FAILED now, worded in the language of each reader (reports/report.service.ts failureWords).
UPDATE "ReportRequest" SET "failedReason" = 'REPORT_FAILED'
 WHERE "failedReason" LIKE 'rendering failed (its final failure was not recorded)%';
