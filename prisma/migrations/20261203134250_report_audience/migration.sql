-- CreateEnum
CREATE TYPE "ReportAudience" AS ENUM ('NATIONAL', 'MUNICIPAL');

-- DropIndex
DROP INDEX "ReportRequest_contentHash_status_idx";

-- AlterTable: whom each existing file was rendered for follows from who asked for it (the
-- scope of a municipality user is its municipality and its copies are masked, every other
-- role is national), then the column becomes required.
ALTER TABLE "ReportRequest" ADD COLUMN     "audience" "ReportAudience",
ADD COLUMN     "payRunId" UUID;

UPDATE "ReportRequest"
SET "audience" = CASE WHEN "requesterRole" = 'MUNICIPALITY' THEN 'MUNICIPAL'::"ReportAudience" ELSE 'NATIONAL'::"ReportAudience" END;

ALTER TABLE "ReportRequest" ALTER COLUMN "audience" SET NOT NULL;

-- Payroll documents name their run in their parameters: link the ones whose run exists.
UPDATE "ReportRequest" q
SET "payRunId" = r.id
FROM "PayRun" r
WHERE q.type IN ('payment-statement', 'payment-statement-pack', 'payroll-summary')
  AND q.params->>'runId' ~ '^[0-9a-fA-F-]{36}$'
  AND r.id = (q.params->>'runId')::uuid;

-- CreateIndex
CREATE INDEX "ReportRequest_contentHash_audience_status_idx" ON "ReportRequest"("contentHash", "audience", "status");

-- CreateIndex
CREATE INDEX "ReportRequest_payRunId_idx" ON "ReportRequest"("payRunId");

-- AddForeignKey
ALTER TABLE "ReportRequest" ADD CONSTRAINT "ReportRequest_payRunId_fkey" FOREIGN KEY ("payRunId") REFERENCES "PayRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
