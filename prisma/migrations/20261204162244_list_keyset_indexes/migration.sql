-- Trigram matching for the staff name search (ILIKE on any word of the name)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "AuditEvent_at_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_at_id_idx" ON "AuditEvent"("at", "id");

-- CreateIndex
CREATE INDEX "EaAssignment_validFrom_id_idx" ON "EaAssignment"("validFrom", "id");

-- CreateIndex
CREATE INDEX "EaAssignment_municipalityId_validFrom_id_idx" ON "EaAssignment"("municipalityId", "validFrom", "id");

-- CreateIndex
CREATE INDEX "EaAssignment_createdAt_id_idx" ON "EaAssignment"("createdAt", "id");

-- CreateIndex
CREATE INDEX "EaAssignment_municipalityId_createdAt_id_idx" ON "EaAssignment"("municipalityId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "EnumerationArea_code_id_idx" ON "EnumerationArea"("code", "id");

-- CreateIndex
CREATE INDEX "EnumerationArea_municipalityId_code_id_idx" ON "EnumerationArea"("municipalityId", "code", "id");

-- CreateIndex
CREATE INDEX "ImportBatch_createdAt_id_idx" ON "ImportBatch"("createdAt", "id");

-- CreateIndex
CREATE INDEX "StaffMember_fullName_id_idx" ON "StaffMember"("fullName", "id");

-- CreateIndex
CREATE INDEX "StaffMember_municipalityId_fullName_id_idx" ON "StaffMember"("municipalityId", "fullName", "id");

-- CreateIndex
CREATE INDEX "StaffMember_nationalId_id_idx" ON "StaffMember"("nationalId", "id");

-- CreateIndex
CREATE INDEX "StaffMember_municipalityId_nationalId_id_idx" ON "StaffMember"("municipalityId", "nationalId", "id");

-- CreateIndex
CREATE INDEX "StaffMember_createdAt_id_idx" ON "StaffMember"("createdAt", "id");

-- CreateIndex
CREATE INDEX "StaffMember_municipalityId_createdAt_id_idx" ON "StaffMember"("municipalityId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "StaffMember_fullName_trgm_idx" ON "StaffMember" USING GIN ("fullName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "StaffMember_nationalId_trgm_idx" ON "StaffMember" USING GIN ("nationalId" gin_trgm_ops);
