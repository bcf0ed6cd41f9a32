-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'FINANCE', 'LOGISTICS', 'MUNICIPALITY');

-- CreateEnum
CREATE TYPE "StaffKind" AS ENUM ('SUPERVISOR', 'ENUMERATOR');

-- CreateEnum
CREATE TYPE "StaffStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'LEFT');

-- CreateEnum
CREATE TYPE "Community" AS ENUM ('ALBANIAN', 'SERB', 'BOSNIAK', 'TURKISH', 'ROMA', 'ASHKALI', 'EGYPTIAN', 'GORANI', 'OTHER');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('SQ', 'SR', 'TR', 'BS', 'EN');

-- CreateEnum
CREATE TYPE "KkrRole" AS ENUM ('CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER');

-- CreateTable
CREATE TABLE "Region" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameSq" TEXT NOT NULL,
    "nameSr" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameSq" TEXT NOT NULL,
    "nameSr" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "regionId" UUID NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnumerationArea" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT,
    "municipalityId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EnumerationArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffMember" (
    "id" UUID NOT NULL,
    "kind" "StaffKind" NOT NULL,
    "nationalId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "iban" TEXT,
    "community" "Community" NOT NULL,
    "languageOfWork" "Language" NOT NULL,
    "municipalityId" UUID NOT NULL,
    "engagementStart" DATE,
    "engagementEnd" DATE,
    "status" "StaffStatus" NOT NULL DEFAULT 'ACTIVE',
    "teamId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StaffMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisorTeam" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "municipalityId" UUID NOT NULL,
    "supervisorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SupervisorTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EaAssignment" (
    "id" UUID NOT NULL,
    "eaId" UUID NOT NULL,
    "enumeratorId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EaAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KkrMember" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "fullName" TEXT NOT NULL,
    "currentJob" TEXT NOT NULL,
    "kkrRole" "KkrRole" NOT NULL,
    "isMunicipalStaff" BOOLEAN NOT NULL DEFAULT false,
    "phone" TEXT,
    "email" TEXT,
    "isContactPerson" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KkrMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "municipalityId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityIds" TEXT[],
    "municipalityId" UUID,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "actorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE INDEX "Municipality_regionId_idx" ON "Municipality"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "EnumerationArea_code_key" ON "EnumerationArea"("code");

-- CreateIndex
CREATE INDEX "EnumerationArea_municipalityId_idx" ON "EnumerationArea"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffMember_nationalId_key" ON "StaffMember"("nationalId");

-- CreateIndex
CREATE INDEX "StaffMember_municipalityId_kind_idx" ON "StaffMember"("municipalityId", "kind");

-- CreateIndex
CREATE INDEX "StaffMember_teamId_idx" ON "StaffMember"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisorTeam_code_key" ON "SupervisorTeam"("code");

-- CreateIndex
CREATE INDEX "SupervisorTeam_municipalityId_idx" ON "SupervisorTeam"("municipalityId");

-- CreateIndex
CREATE INDEX "EaAssignment_municipalityId_idx" ON "EaAssignment"("municipalityId");

-- CreateIndex
CREATE INDEX "EaAssignment_enumeratorId_idx" ON "EaAssignment"("enumeratorId");

-- CreateIndex
CREATE UNIQUE INDEX "EaAssignment_eaId_enumeratorId_validFrom_key" ON "EaAssignment"("eaId", "enumeratorId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "KkrMember_municipalityId_position_key" ON "KkrMember"("municipalityId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_action_idx" ON "AuditEvent"("entity", "action");

-- CreateIndex
CREATE INDEX "ImportBatch_kind_fileHash_idx" ON "ImportBatch"("kind", "fileHash");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnumerationArea" ADD CONSTRAINT "EnumerationArea_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "SupervisorTeam"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisorTeam" ADD CONSTRAINT "SupervisorTeam_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisorTeam" ADD CONSTRAINT "SupervisorTeam_supervisorId_fkey" FOREIGN KEY ("supervisorId") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EaAssignment" ADD CONSTRAINT "EaAssignment_eaId_fkey" FOREIGN KEY ("eaId") REFERENCES "EnumerationArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EaAssignment" ADD CONSTRAINT "EaAssignment_enumeratorId_fkey" FOREIGN KEY ("enumeratorId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EaAssignment" ADD CONSTRAINT "EaAssignment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KkrMember" ADD CONSTRAINT "KkrMember_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;
