-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "documentLocales" TEXT[] DEFAULT ARRAY['sq']::TEXT[];

-- The municipalities of Kosovo with a Serbian majority print their documents in Serbian Cyrillic
UPDATE "Municipality" SET "documentLocales" = ARRAY['sr-Cyrl']::TEXT[]
WHERE "code" IN ('leposaviq', 'zubin-potok', 'zvecan', 'mitrovice-e-veriut', 'gracanice', 'shterpce', 'novoberde', 'kllokot', 'partesh', 'ranillug');
