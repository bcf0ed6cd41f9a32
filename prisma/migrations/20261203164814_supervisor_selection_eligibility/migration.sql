-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "dateOfBirth" DATE,
ADD COLUMN     "documents" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "eligible" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "ineligibility" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "SupervisorSelection" (
    "competitionId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "selectedAt" TIMESTAMPTZ(3),
    "selectedById" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" UUID,

    CONSTRAINT "SupervisorSelection_pkey" PRIMARY KEY ("competitionId","municipalityId")
);

-- CreateIndex
CREATE INDEX "SupervisorSelection_municipalityId_idx" ON "SupervisorSelection"("municipalityId");
