-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('GENERATED', 'SENT', 'SIGNED', 'ENDED', 'REPLACED');

-- AlterTable
ALTER TABLE "PayPerson" ADD COLUMN     "contractNumber" TEXT;

-- CreateTable
CREATE TABLE "Contract" (
    "id" UUID NOT NULL,
    "censusId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "staffId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "status" "ContractStatus" NOT NULL DEFAULT 'GENERATED',
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "generatedById" UUID NOT NULL,
    "generatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentById" UUID,
    "sentAt" TIMESTAMPTZ(3),
    "signedOn" DATE,
    "signedBy" TEXT,
    "signatureRecordedById" UUID,
    "signatureRecordedAt" TIMESTAMPTZ(3),
    "paperReference" TEXT,
    "scanPath" TEXT,
    "scanType" TEXT,
    "scanSize" INTEGER,
    "scanSha256" TEXT,
    "endedOn" DATE,
    "endReason" TEXT,
    "endedById" UUID,
    "replacedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractCounter" (
    "censusId" UUID NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContractCounter_pkey" PRIMARY KEY ("censusId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contract_number_key" ON "Contract"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_replacedById_key" ON "Contract"("replacedById");

-- CreateIndex
CREATE INDEX "Contract_staffId_idx" ON "Contract"("staffId");

-- CreateIndex
CREATE INDEX "Contract_municipalityId_status_idx" ON "Contract"("municipalityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_censusId_seq_key" ON "Contract"("censusId", "seq");

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_censusId_fkey" FOREIGN KEY ("censusId") REFERENCES "Census"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractCounter" ADD CONSTRAINT "ContractCounter_censusId_fkey" FOREIGN KEY ("censusId") REFERENCES "Census"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
