-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('INVITATION', 'STATEMENT');

-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'BOUNCED');

-- AlterTable
ALTER TABLE "Room" ADD COLUMN     "directions" TEXT,
ADD COLUMN     "floor" TEXT;

-- AlterTable
ALTER TABLE "TrainingEvent" ADD COLUMN     "bringNote" TEXT,
ADD COLUMN     "shiftTimes" JSONB NOT NULL DEFAULT '{"MORNING":{"start":"09:00","end":"13:00"},"AFTERNOON":{"start":"14:00","end":"18:00"}}';

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "subjectId" UUID NOT NULL,
    "recipientKind" "TraineeKind" NOT NULL,
    "recipientId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "session" JSONB,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "status" "MessageStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "providerId" TEXT,
    "reason" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "eventId" UUID NOT NULL,
    "traineeId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "traineeKind" "TraineeKind" NOT NULL,
    "municipalityId" UUID NOT NULL,
    "present" BOOLEAN NOT NULL,
    "recordedById" UUID,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("eventId","traineeId","day")
);

-- CreateIndex
CREATE INDEX "Message_subjectId_municipalityId_idx" ON "Message"("subjectId", "municipalityId");

-- CreateIndex
CREATE INDEX "Message_recipientId_idx" ON "Message"("recipientId");

-- CreateIndex
CREATE INDEX "Message_status_updatedAt_idx" ON "Message"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_kind_subjectId_recipientId_channel_key" ON "Message"("kind", "subjectId", "recipientId", "channel");

-- CreateIndex
CREATE INDEX "TrainingAttendance_eventId_municipalityId_idx" ON "TrainingAttendance"("eventId", "municipalityId");

-- CreateIndex
CREATE INDEX "TrainingAttendance_traineeId_idx" ON "TrainingAttendance"("traineeId");
