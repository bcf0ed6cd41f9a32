-- CreateEnum
CREATE TYPE "PayRunKind" AS ENUM ('REGULAR', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "PayRunStatus" AS ENUM ('QUEUED', 'COMPUTING', 'COMPUTED', 'FAILED', 'APPROVED');

-- CreateEnum
CREATE TYPE "PayLineType" AS ENUM ('SUPERVISOR_MONTH', 'PREPARATORY', 'PIECE', 'TAX', 'CHARGEBACK');

-- CreateEnum
CREATE TYPE "CountUnit" AS ENUM ('BUILDING', 'DWELLING', 'HOUSEHOLD', 'INDIVIDUAL', 'DIASPORA');

-- CreateEnum
CREATE TYPE "PayPersonStatus" AS ENUM ('PAYABLE', 'BLOCKED');

-- CreateTable
CREATE TABLE "Tariff" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "supervisorMonthly" DECIMAL(12,2) NOT NULL,
    "payMonths" JSONB NOT NULL,
    "prepAmount" DECIMAL(12,2) NOT NULL,
    "prepFrom" DATE NOT NULL,
    "prepTo" DATE NOT NULL,
    "interviewFrom" DATE NOT NULL,
    "interviewTo" DATE NOT NULL,
    "rateBuilding" DECIMAL(12,4) NOT NULL,
    "rateDwelling" DECIMAL(12,4) NOT NULL,
    "rateHousehold" DECIMAL(12,4) NOT NULL,
    "rateIndividual" DECIMAL(12,4) NOT NULL,
    "rateDiaspora" DECIMAL(12,4) NOT NULL,
    "taxPercent" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "Tariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EaCount" (
    "id" UUID NOT NULL,
    "eaId" UUID NOT NULL,
    "enumeratorId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,
    "buildings" INTEGER NOT NULL,
    "dwellings" INTEGER NOT NULL,
    "households" INTEGER NOT NULL,
    "individuals" INTEGER NOT NULL,
    "diasporaPersons" INTEGER NOT NULL,
    "diasporaListComplete" BOOLEAN NOT NULL,
    "importBatchId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "EaCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayRun" (
    "id" UUID NOT NULL,
    "kind" "PayRunKind" NOT NULL,
    "status" "PayRunStatus" NOT NULL DEFAULT 'QUEUED',
    "municipalityId" UUID,
    "tariffId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "computedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "failedReason" TEXT,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "peopleCount" INTEGER NOT NULL DEFAULT 0,
    "blockedCount" INTEGER NOT NULL DEFAULT 0,
    "grossCents" BIGINT NOT NULL DEFAULT 0,
    "deductionsCents" BIGINT NOT NULL DEFAULT 0,
    "netCents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "PayRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayLine" (
    "id" BIGSERIAL NOT NULL,
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

    CONSTRAINT "PayLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
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
);

-- CreateIndex
CREATE UNIQUE INDEX "Tariff_version_key" ON "Tariff"("version");

-- CreateIndex
CREATE INDEX "EaCount_municipalityId_isCurrent_idx" ON "EaCount"("municipalityId", "isCurrent");

-- CreateIndex
CREATE INDEX "EaCount_enumeratorId_isCurrent_idx" ON "EaCount"("enumeratorId", "isCurrent");

-- CreateIndex
CREATE UNIQUE INDEX "EaCount_eaId_enumeratorId_version_key" ON "EaCount"("eaId", "enumeratorId", "version");

-- CreateIndex
CREATE INDEX "PayRun_status_idx" ON "PayRun"("status");

-- CreateIndex
CREATE INDEX "PayRun_municipalityId_idx" ON "PayRun"("municipalityId");

-- CreateIndex
CREATE INDEX "PayLine_runId_staffId_idx" ON "PayLine"("runId", "staffId");

-- CreateIndex
CREATE INDEX "PayLine_staffId_idx" ON "PayLine"("staffId");

-- CreateIndex
CREATE INDEX "PayPerson_runId_municipalityId_idx" ON "PayPerson"("runId", "municipalityId");

-- AddForeignKey
ALTER TABLE "PayRun" ADD CONSTRAINT "PayRun_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayLine" ADD CONSTRAINT "PayLine_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PayRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayPerson" ADD CONSTRAINT "PayPerson_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PayRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
