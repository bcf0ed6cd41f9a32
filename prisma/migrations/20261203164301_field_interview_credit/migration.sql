-- AlterTable
ALTER TABLE "FieldInterview" ADD COLUMN     "completedOn" DATE,
ADD COLUMN     "creditLogin" TEXT;
