-- AlterTable
ALTER TABLE "Census" ADD COLUMN     "closedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "CommissionStage" ADD COLUMN     "finalListStartedAt" TIMESTAMPTZ(3),
ADD COLUMN     "finalListStartedById" UUID,
ADD COLUMN     "shortlistVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "CensusCalendar" (
    "id" UUID NOT NULL,
    "censusId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "stages" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CensusCalendar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShortlistVersion" (
    "id" UUID NOT NULL,
    "competitionId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "sentById" UUID NOT NULL,
    "entries" JSONB NOT NULL,
    "changes" JSONB NOT NULL,
    "reason" TEXT,

    CONSTRAINT "ShortlistVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CensusCalendar_censusId_version_key" ON "CensusCalendar"("censusId", "version");

-- CreateIndex
CREATE INDEX "ShortlistVersion_municipalityId_idx" ON "ShortlistVersion"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "ShortlistVersion_competitionId_municipalityId_version_key" ON "ShortlistVersion"("competitionId", "municipalityId", "version");

-- AddForeignKey
ALTER TABLE "CensusCalendar" ADD CONSTRAINT "CensusCalendar_censusId_fkey" FOREIGN KEY ("censusId") REFERENCES "Census"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A shortlist already sent counts as version 1
UPDATE "CommissionStage" SET "shortlistVersion" = 1 WHERE "shortlistSentAt" IS NOT NULL;

-- Each existing census gets calendar version 1 from its earliest competition, with pay windows from its earliest tariff when it has one
INSERT INTO "CensusCalendar" ("id", "censusId", "version", "stages", "reason", "createdAt")
SELECT gen_random_uuid(), c."id", 1,
  jsonb_build_object(
    'vacancyAnnounced', to_char(k."vacancyAnnounced", 'YYYY-MM-DD'),
    'applicationDeadline', to_char(k."applicationDeadline" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'kkrConfirmationDue', to_char(k."kkrConfirmationDue", 'YYYY-MM-DD'),
    'shortlistSentBy', to_char(k."shortlistSentBy", 'YYYY-MM-DD'),
    'finalListDue', to_char(k."finalListDue", 'YYYY-MM-DD'),
    'publicationBy', to_char(k."publicationBy", 'YYYY-MM-DD'),
    'kkrTraining', to_char(k."kkrTraining", 'YYYY-MM-DD'),
    'supervisorTrainingFrom', to_char(k."supervisorTrainingFrom", 'YYYY-MM-DD'),
    'supervisorTrainingTo', to_char(k."supervisorTrainingTo", 'YYYY-MM-DD'),
    'enumeratorTrainingFrom', to_char(k."enumeratorTrainingFrom", 'YYYY-MM-DD'),
    'enumeratorTrainingTo', to_char(k."enumeratorTrainingTo", 'YYYY-MM-DD'),
    'listingFrom', to_char(k."listingFrom", 'YYYY-MM-DD'),
    'listingTo', to_char(k."listingTo", 'YYYY-MM-DD'),
    'fieldworkFrom', to_char(k."fieldworkFrom", 'YYYY-MM-DD'),
    'fieldworkTo', to_char(k."fieldworkTo", 'YYYY-MM-DD'),
    'engagementStart', to_char(k."engagementStart", 'YYYY-MM-DD'),
    'engagementEnd', to_char(k."engagementEnd", 'YYYY-MM-DD'),
    'payMonths', COALESCE(t."payMonths", jsonb_build_array(jsonb_build_object('from', to_char(k."engagementStart", 'YYYY-MM-DD'), 'to', to_char(k."engagementEnd", 'YYYY-MM-DD')))),
    'prepFrom', to_char(COALESCE(t."prepFrom", k."enumeratorTrainingFrom"), 'YYYY-MM-DD'),
    'prepTo', to_char(COALESCE(t."prepTo", k."listingTo"), 'YYYY-MM-DD'),
    'interviewFrom', to_char(COALESCE(t."interviewFrom", k."fieldworkFrom"), 'YYYY-MM-DD'),
    'interviewTo', to_char(COALESCE(t."interviewTo", k."fieldworkTo"), 'YYYY-MM-DD')
  ),
  'calendar of the records that existed before calendars were data', CURRENT_TIMESTAMP
FROM "Census" c
JOIN LATERAL (SELECT * FROM "Competition" x WHERE x."censusId" = c."id" ORDER BY x."createdAt" LIMIT 1) k ON true
LEFT JOIN LATERAL (SELECT * FROM "Tariff" y WHERE y."censusId" = c."id" ORDER BY y."version" LIMIT 1) t ON true
WHERE NOT EXISTS (SELECT 1 FROM "CensusCalendar" z WHERE z."censusId" = c."id");
