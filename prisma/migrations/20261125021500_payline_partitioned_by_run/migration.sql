-- PayLine becomes a table partitioned by run (LIST on "runId"). The pay-run engine writes each
-- run's lines into a table of their own without any index, builds the primary key once all
-- lines are in (one sorted build instead of millions of B-tree inserts) and attaches the table
-- as the run's partition (PayRunBulkRepository). Lines written any other way (fixtures, manual
-- corrections) land in the default partition. schema.prisma is unchanged: Prisma reads and
-- writes the parent table.
ALTER TABLE "PayLine" RENAME TO "PayLine_unpartitioned";
ALTER TABLE "PayLine_unpartitioned" RENAME CONSTRAINT "PayLine_pkey" TO "PayLine_unpartitioned_pkey";

CREATE TABLE "PayLine" (
    "id" BIGINT NOT NULL DEFAULT nextval('"PayLine_id_seq"'),
    "runId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "lineType" "PayLineType" NOT NULL,
    "eaId" UUID,
    "unit" "CountUnit",
    "countId" UUID,
    "periodFrom" DATE,
    "periodTo" DATE,
    "quantity" INTEGER NOT NULL,
    "basis" INTEGER,
    "rate" DECIMAL(12,4) NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "tariffVersion" INTEGER NOT NULL,
    "description" TEXT,

    CONSTRAINT "PayLine_pkey" PRIMARY KEY ("runId", "staffId", "id")
) PARTITION BY LIST ("runId");

CREATE TABLE "PayLine_default" PARTITION OF "PayLine" DEFAULT;

INSERT INTO "PayLine" ("id", "runId", "staffId", "municipalityId", "lineType", "eaId", "unit", "countId", "periodFrom", "periodTo",
                       "quantity", "basis", "rate", "amountCents", "tariffVersion", "description")
SELECT "id", "runId", "staffId", "municipalityId", "lineType", "eaId", "unit", "countId", "periodFrom", "periodTo",
       "quantity", "basis", "rate", "amountCents", "tariffVersion", "description"
  FROM "PayLine_unpartitioned";

ALTER SEQUENCE "PayLine_id_seq" OWNED BY "PayLine"."id";
DROP TABLE "PayLine_unpartitioned";
