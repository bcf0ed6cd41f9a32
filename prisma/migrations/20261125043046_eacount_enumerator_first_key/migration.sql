-- DropIndex
DROP INDEX "EaCount_eaId_enumeratorId_version_key";

-- DropIndex
DROP INDEX "EaCount_enumeratorId_isCurrent_idx";

-- CreateIndex
CREATE UNIQUE INDEX "EaCount_enumeratorId_eaId_version_key" ON "EaCount"("enumeratorId", "eaId", "version");
