-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED');

-- CreateTable
CREATE TABLE "ReportRequest" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "language" TEXT NOT NULL,
    "municipalityId" UUID,
    "requestedById" UUID NOT NULL,
    "requesterRole" "Role" NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "pages" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "failedReason" TEXT,
    "contentHash" TEXT NOT NULL,
    "filePath" TEXT,
    "fileSize" INTEGER,
    "sha256" TEXT,
    "expiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "startedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReportRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportRequest_contentHash_status_idx" ON "ReportRequest"("contentHash", "status");

-- CreateIndex
CREATE INDEX "ReportRequest_status_idx" ON "ReportRequest"("status");

-- CreateIndex
CREATE INDEX "ReportRequest_municipalityId_createdAt_idx" ON "ReportRequest"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "ReportRequest_expiresAt_idx" ON "ReportRequest"("expiresAt");
