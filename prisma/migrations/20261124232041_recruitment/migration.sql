-- CreateEnum
CREATE TYPE "ApplicationChannel" AS ENUM ('ONLINE', 'PAPER');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'SELECTED', 'HIRED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ReplacementStatus" AS ENUM ('PROPOSED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "DeadlineFlagKind" AS ENUM ('KKR_NOT_CONFIRMED', 'FINAL_LIST_LATE', 'PUBLICATION_LATE', 'TRAINING_NOTICE_LATE');

-- CreateTable
CREATE TABLE "KkrConfirmation" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "members" JSONB NOT NULL,
    "confirmedById" UUID NOT NULL,
    "confirmedByEmail" TEXT NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KkrConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competition" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "vacancyAnnounced" DATE NOT NULL,
    "applicationDeadline" TIMESTAMPTZ(3) NOT NULL,
    "kkrConfirmationDue" DATE NOT NULL,
    "shortlistSentBy" DATE NOT NULL,
    "finalListDue" DATE NOT NULL,
    "publicationBy" DATE NOT NULL,
    "kkrTraining" DATE NOT NULL,
    "supervisorTrainingFrom" DATE NOT NULL,
    "supervisorTrainingTo" DATE NOT NULL,
    "enumeratorTrainingFrom" DATE NOT NULL,
    "enumeratorTrainingTo" DATE NOT NULL,
    "listingFrom" DATE NOT NULL,
    "listingTo" DATE NOT NULL,
    "fieldworkFrom" DATE NOT NULL,
    "fieldworkTo" DATE NOT NULL,
    "engagementStart" DATE NOT NULL,
    "engagementEnd" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Competition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffingTarget" (
    "id" UUID NOT NULL,
    "competitionId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "community" "Community" NOT NULL,
    "supervisors" INTEGER NOT NULL,
    "enumerators" INTEGER NOT NULL,

    CONSTRAINT "StaffingTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionStage" (
    "competitionId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "shortlistSentAt" TIMESTAMPTZ(3),
    "finalisedAt" TIMESTAMPTZ(3),
    "finalisedById" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" UUID,

    CONSTRAINT "CommissionStage_pkey" PRIMARY KEY ("competitionId","municipalityId")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "competitionId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "kind" "StaffKind" NOT NULL DEFAULT 'ENUMERATOR',
    "nationalId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "community" "Community" NOT NULL,
    "languageOfWork" "Language" NOT NULL,
    "channel" "ApplicationChannel" NOT NULL,
    "paperFileRef" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" UUID NOT NULL,
    "score" DECIMAL(6,2),
    "shortlistRank" INTEGER,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "deviationReason" TEXT,
    "staffId" UUID,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperIntakeClerk" (
    "municipalityId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kkrPosition" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperIntakeClerk_pkey" PRIMARY KEY ("municipalityId","userId")
);

-- CreateTable
CREATE TABLE "Replacement" (
    "id" UUID NOT NULL,
    "competitionId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "leaverStaffId" UUID NOT NULL,
    "leavingDate" DATE NOT NULL,
    "cutoverDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "proposedApplicationId" UUID NOT NULL,
    "status" "ReplacementStatus" NOT NULL DEFAULT 'PROPOSED',
    "replacementStaffId" UUID,
    "notes" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Replacement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineFlag" (
    "id" UUID NOT NULL,
    "competitionId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "kind" "DeadlineFlagKind" NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "doneAt" TIMESTAMPTZ(3),
    "message" TEXT NOT NULL,
    "raisedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeadlineFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KkrConfirmation_municipalityId_version_key" ON "KkrConfirmation"("municipalityId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Competition_code_key" ON "Competition"("code");

-- CreateIndex
CREATE INDEX "StaffingTarget_municipalityId_idx" ON "StaffingTarget"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffingTarget_competitionId_municipalityId_community_key" ON "StaffingTarget"("competitionId", "municipalityId", "community");

-- CreateIndex
CREATE INDEX "CommissionStage_municipalityId_idx" ON "CommissionStage"("municipalityId");

-- CreateIndex
CREATE INDEX "Application_competitionId_municipalityId_community_idx" ON "Application"("competitionId", "municipalityId", "community");

-- CreateIndex
CREATE UNIQUE INDEX "Application_competitionId_nationalId_key" ON "Application"("competitionId", "nationalId");

-- CreateIndex
CREATE INDEX "Replacement_municipalityId_idx" ON "Replacement"("municipalityId");

-- CreateIndex
CREATE INDEX "DeadlineFlag_municipalityId_idx" ON "DeadlineFlag"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineFlag_competitionId_municipalityId_kind_subject_key" ON "DeadlineFlag"("competitionId", "municipalityId", "kind", "subject");
