-- DropForeignKey
ALTER TABLE "PayLine" DROP CONSTRAINT "PayLine_runId_fkey";

-- DropForeignKey
ALTER TABLE "PayPerson" DROP CONSTRAINT "PayPerson_runId_fkey";

-- DropIndex
DROP INDEX "PayLine_runId_staffId_idx";

-- AlterTable
ALTER TABLE "PayLine" DROP CONSTRAINT "PayLine_pkey",
ADD CONSTRAINT "PayLine_pkey" PRIMARY KEY ("runId", "staffId", "id");
