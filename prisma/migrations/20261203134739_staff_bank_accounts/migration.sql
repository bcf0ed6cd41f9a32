-- CreateEnum
CREATE TYPE "BankAccountStatus" AS ENUM ('PENDING', 'CONFIRMED', 'REJECTED');

-- AlterTable
ALTER TABLE "PayPerson" ADD COLUMN     "ibanVersion" INTEGER;

-- AlterTable
ALTER TABLE "StaffMember" ADD COLUMN     "ibanVersion" INTEGER;

-- CreateTable
CREATE TABLE "StaffBankAccount" (
    "id" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "iban" TEXT NOT NULL,
    "status" "BankAccountStatus" NOT NULL DEFAULT 'PENDING',
    "source" TEXT NOT NULL,
    "requestedById" UUID,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StaffBankAccount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffBankAccount_status_requestedAt_idx" ON "StaffBankAccount"("status", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffBankAccount_staffId_version_key" ON "StaffBankAccount"("staffId", "version");

-- AddForeignKey
ALTER TABLE "StaffBankAccount" ADD CONSTRAINT "StaffBankAccount_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: every IBAN stored so far becomes confirmed version 1 of that person (it was paid as
-- entered, and from now on a change needs a second finance user).
INSERT INTO "StaffBankAccount" ("id", "staffId", "version", "iban", "status", "source", "requestedAt", "decidedAt")
SELECT gen_random_uuid(), s."id", 1, s."iban", 'CONFIRMED', 'migration', s."updatedAt", CURRENT_TIMESTAMP
FROM "StaffMember" s
WHERE s."iban" IS NOT NULL;

UPDATE "StaffMember" SET "ibanVersion" = 1 WHERE "iban" IS NOT NULL;

