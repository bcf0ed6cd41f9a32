-- AlterTable
ALTER TABLE "Competition" ADD COLUMN     "censusId" UUID;

-- CreateTable
CREATE TABLE "Census" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "languages" TEXT[],
    "timeZone" TEXT NOT NULL,
    "referenceDate" DATE NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Census_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Census_code_key" ON "Census"("code");

-- CreateIndex
CREATE INDEX "Competition_censusId_idx" ON "Competition"("censusId");

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_censusId_fkey" FOREIGN KEY ("censusId") REFERENCES "Census"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Competitions created before censuses were records belong to one census made for them
INSERT INTO "Census" ("id", "code", "name", "country", "languages", "timeZone", "referenceDate", "updatedAt")
SELECT gen_random_uuid(), 'census-before-records', 'Census (from existing competitions)', 'XK',
       ARRAY['sq', 'sr-Cyrl', 'sr-Latn', 'en'], 'Europe/Belgrade', min("fieldworkFrom"), CURRENT_TIMESTAMP
FROM "Competition" HAVING count(*) > 0;

UPDATE "Competition" SET "censusId" = (SELECT "id" FROM "Census" WHERE "code" = 'census-before-records')
WHERE "censusId" IS NULL;
