-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "censusId" UUID;

-- AlterTable
ALTER TABLE "PayRun" ADD COLUMN     "censusId" UUID;

-- AlterTable
ALTER TABLE "Tariff" ADD COLUMN     "censusId" UUID;

-- AlterTable
ALTER TABLE "TrainingEvent" ADD COLUMN     "censusId" UUID;

-- AddForeignKey
ALTER TABLE "Tariff" ADD CONSTRAINT "Tariff_censusId_fkey" FOREIGN KEY ("censusId") REFERENCES "Census"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayRun" ADD CONSTRAINT "PayRun_censusId_fkey" FOREIGN KEY ("censusId") REFERENCES "Census"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEvent" ADD CONSTRAINT "TrainingEvent_censusId_fkey" FOREIGN KEY ("censusId") REFERENCES "Census"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_censusId_fkey" FOREIGN KEY ("censusId") REFERENCES "Census"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rows from before censuses were records belong to the census made for existing competitions, or to a new one
INSERT INTO "Census" ("id", "code", "name", "country", "languages", "timeZone", "referenceDate", "updatedAt")
SELECT gen_random_uuid(), 'census-before-records', 'Census (from existing records)', 'XK',
       ARRAY['sq', 'sr-Cyrl', 'sr-Latn', 'en'], 'Europe/Belgrade', min("effectiveFrom"), CURRENT_TIMESTAMP
FROM "Tariff"
WHERE NOT EXISTS (SELECT 1 FROM "Census" WHERE "code" = 'census-before-records')
HAVING count(*) > 0;

UPDATE "Tariff" SET "censusId" = (SELECT "id" FROM "Census" WHERE "code" = 'census-before-records') WHERE "censusId" IS NULL;
UPDATE "PayRun" SET "censusId" = (SELECT "id" FROM "Census" WHERE "code" = 'census-before-records') WHERE "censusId" IS NULL;
UPDATE "TrainingEvent" SET "censusId" = (SELECT "id" FROM "Census" WHERE "code" = 'census-before-records') WHERE "censusId" IS NULL;
UPDATE "Delivery" SET "censusId" = (SELECT "id" FROM "Census" WHERE "code" = 'census-before-records') WHERE "censusId" IS NULL;
