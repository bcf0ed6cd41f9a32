-- CreateEnum
CREATE TYPE "VenueKind" AS ENUM ('MUNICIPAL_BUILDING', 'SCHOOL', 'OTHER');

-- CreateEnum
CREATE TYPE "TrainingEventKind" AS ENUM ('KKR_REGIONAL', 'SUPERVISORS', 'ENUMERATORS');

-- CreateEnum
CREATE TYPE "TrainingPlanStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "TrainingShift" AS ENUM ('MORNING', 'AFTERNOON');

-- CreateEnum
CREATE TYPE "TraineeKind" AS ENUM ('STAFF', 'KKR_MEMBER');

-- CreateTable
CREATE TABLE "Venue" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "VenueKind" NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" UUID NOT NULL,
    "venueId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "hasProjector" BOOLEAN NOT NULL DEFAULT false,
    "hasTv" BOOLEAN NOT NULL DEFAULT false,
    "availability" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEvent" (
    "id" UUID NOT NULL,
    "kind" "TrainingEventKind" NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "regionId" UUID,
    "hostRoomId" UUID,
    "noticeDate" DATE,
    "maxClassSize" INTEGER NOT NULL DEFAULT 30,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TrainingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingPlan" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "municipalityId" UUID,
    "scopeKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "TrainingPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "maxClassSize" INTEGER NOT NULL,
    "basedOnPlanId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "summary" JSONB NOT NULL,
    "shortfalls" JSONB NOT NULL,
    "moves" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "TrainingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingClass" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "municipalityId" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "roomId" UUID,
    "roomMunicipalityId" UUID,
    "shift" "TrainingShift",
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "explanation" TEXT NOT NULL,

    CONSTRAINT "TrainingClass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingClassTrainee" (
    "classId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "traineeId" UUID NOT NULL,
    "traineeKind" "TraineeKind" NOT NULL,
    "municipalityId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TrainingClassTrainee_pkey" PRIMARY KEY ("classId","traineeId")
);

-- CreateIndex
CREATE INDEX "Venue_municipalityId_idx" ON "Venue"("municipalityId");

-- CreateIndex
CREATE INDEX "Room_municipalityId_idx" ON "Room"("municipalityId");

-- CreateIndex
CREATE INDEX "Room_venueId_idx" ON "Room"("venueId");

-- CreateIndex
CREATE INDEX "TrainingEvent_kind_idx" ON "TrainingEvent"("kind");

-- CreateIndex
CREATE INDEX "TrainingPlan_municipalityId_idx" ON "TrainingPlan"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingPlan_eventId_scopeKey_version_key" ON "TrainingPlan"("eventId", "scopeKey", "version");

-- CreateIndex
CREATE INDEX "TrainingClass_planId_municipalityId_idx" ON "TrainingClass"("planId", "municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingClass_planId_key_key" ON "TrainingClass"("planId", "key");

-- CreateIndex
CREATE INDEX "TrainingClassTrainee_planId_municipalityId_idx" ON "TrainingClassTrainee"("planId", "municipalityId");

-- CreateIndex
CREATE INDEX "TrainingClassTrainee_traineeId_idx" ON "TrainingClassTrainee"("traineeId");

-- AddForeignKey
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlan" ADD CONSTRAINT "TrainingPlan_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TrainingEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClass" ADD CONSTRAINT "TrainingClass_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TrainingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClassTrainee" ADD CONSTRAINT "TrainingClassTrainee_classId_fkey" FOREIGN KEY ("classId") REFERENCES "TrainingClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;
