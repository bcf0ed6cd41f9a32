-- AlterEnum
ALTER TYPE "PayLineType" ADD VALUE 'HELD';

-- CreateTable
CREATE TABLE "FieldMapping" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "operation" TEXT,
    "source" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "FieldMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldLogin" (
    "login" TEXT NOT NULL,
    "staffId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FieldLogin_pkey" PRIMARY KEY ("login")
);

-- CreateTable
CREATE TABLE "FieldImport" (
    "id" UUID NOT NULL,
    "mappingId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "interviews" INTEGER NOT NULL,
    "counted" INTEGER NOT NULL,
    "importBatchId" UUID,
    "actorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FieldImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldInterview" (
    "mappingId" UUID NOT NULL,
    "interviewKey" TEXT NOT NULL,
    "interviewId" TEXT,
    "importId" UUID NOT NULL,
    "eaId" UUID,
    "eaCode" TEXT NOT NULL,
    "municipalityId" UUID,
    "login" TEXT NOT NULL,
    "staffId" UUID,
    "status" TEXT NOT NULL,
    "counted" BOOLEAN NOT NULL,
    "individuals" INTEGER NOT NULL,
    "diaspora" INTEGER NOT NULL,
    "approvedOn" DATE,

    CONSTRAINT "FieldInterview_pkey" PRIMARY KEY ("mappingId","interviewKey")
);

-- CreateTable
CREATE TABLE "EaExpectation" (
    "eaId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "expectedDwellings" INTEGER NOT NULL,
    "expectedHouseholds" INTEGER NOT NULL,
    "expectedIndividuals" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EaExpectation_pkey" PRIMARY KEY ("eaId")
);

-- CreateTable
CREATE TABLE "CountFlag" (
    "id" UUID NOT NULL,
    "countId" UUID NOT NULL,
    "eaId" UUID NOT NULL,
    "enumeratorId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedById" UUID,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptReason" TEXT,

    CONSTRAINT "CountFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldQualitySettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "thresholds" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "FieldQualitySettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FieldMapping_name_key" ON "FieldMapping"("name");

-- CreateIndex
CREATE INDEX "FieldLogin_staffId_idx" ON "FieldLogin"("staffId");

-- CreateIndex
CREATE INDEX "FieldImport_mappingId_createdAt_idx" ON "FieldImport"("mappingId", "createdAt");

-- CreateIndex
CREATE INDEX "FieldInterview_eaId_idx" ON "FieldInterview"("eaId");

-- CreateIndex
CREATE INDEX "FieldInterview_municipalityId_idx" ON "FieldInterview"("municipalityId");

-- CreateIndex
CREATE INDEX "EaExpectation_municipalityId_idx" ON "EaExpectation"("municipalityId");

-- CreateIndex
CREATE INDEX "CountFlag_municipalityId_acceptedAt_idx" ON "CountFlag"("municipalityId", "acceptedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CountFlag_countId_rule_key" ON "CountFlag"("countId", "rule");
