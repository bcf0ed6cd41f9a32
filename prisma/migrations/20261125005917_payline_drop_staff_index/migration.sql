-- DropIndex
DROP INDEX "PayLine_staffId_idx";
