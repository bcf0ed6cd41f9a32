-- PayPerson becomes partitioned by run like PayLine (see payline_partitioned_by_run): the engine
-- writes a run's people into a table of their own without index, builds both indexes once all
-- are in and attaches the table as the run's partition. Rows written any other way land in the
-- default partition.
ALTER TABLE "PayPerson" RENAME TO "PayPerson_unpartitioned";
ALTER TABLE "PayPerson_unpartitioned" RENAME CONSTRAINT "PayPerson_pkey" TO "PayPerson_unpartitioned_pkey";
ALTER INDEX "PayPerson_runId_municipalityId_idx" RENAME TO "PayPerson_unpartitioned_runId_municipalityId_idx";

CREATE TABLE "PayPerson" (
    "runId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "kind" "StaffKind" NOT NULL,
    "status" "PayPersonStatus" NOT NULL,
    "blockReason" TEXT,
    "grossCents" BIGINT NOT NULL,
    "deductionsCents" BIGINT NOT NULL,
    "netCents" BIGINT NOT NULL,
    "fullName" TEXT NOT NULL,
    "iban" TEXT,

    CONSTRAINT "PayPerson_pkey" PRIMARY KEY ("runId","staffId")
) PARTITION BY LIST ("runId");

CREATE INDEX "PayPerson_runId_municipalityId_idx" ON "PayPerson"("runId", "municipalityId");

CREATE TABLE "PayPerson_default" PARTITION OF "PayPerson" DEFAULT;

INSERT INTO "PayPerson" SELECT * FROM "PayPerson_unpartitioned";

DROP TABLE "PayPerson_unpartitioned";
