-- Training texts are stored as codes with parameters instead of English sentences, worded in the
-- language of the reader where they are shown: class explanations, re-plan move reasons, plan warnings.
-- Known sentence shapes become their code, anything else LEGACY_TEXT with the text kept as a parameter.
-- Semicolons inside the old sentences are matched by a dot so that no statement holds one.
-- Events keep a name only when a person gave one: the generated default names become NULL.

-- TrainingClass: explanation text becomes a notice (CLASS_PLACED or CLASS_UNPLACED)
ALTER TABLE "TrainingClass" ADD COLUMN "explanationNotice" JSONB;

UPDATE "TrainingClass" c SET "explanationNotice" = x.notice
FROM (
  SELECT t.id, CASE
    WHEN t.explanation ~ '^[0-9]+ \S+ trainees of .+ in .+ \([^()]*, [0-9]+ seats, (projector and TV|projector|TV|no projector or TV)\), (morning|afternoon) [^:]+: .+$'
      AND r.params IS NOT NULL
      THEN jsonb_build_object('code', 'CLASS_PLACED', 'params', jsonb_build_object(
        'trainees', t.size,
        'language', t.language,
        'municipality', COALESCE(m.code, t."municipalityId"::text),
        'from', to_char(t."startDate", 'YYYY-MM-DD'),
        'to', to_char(t."endDate", 'YYYY-MM-DD'),
        'room', substring(t.explanation from ' in (.+) \([^()]*, [0-9]+ seats, '),
        'roomMunicipality', COALESCE(rm.code, t."roomMunicipalityId"::text, ''),
        'seats', substring(t.explanation from ', ([0-9]+) seats, (?:projector and TV|projector|TV|no projector or TV)\), ')::int,
        'equipment', CASE substring(t.explanation from ' seats, (projector and TV|projector|TV|no projector or TV)\), (?:morning|afternoon) ')
          WHEN 'projector and TV' THEN 'PROJECTOR_TV' WHEN 'projector' THEN 'PROJECTOR' WHEN 'TV' THEN 'TV' ELSE 'NONE' END,
        'shift', CASE WHEN substring(t.explanation from '\), (morning|afternoon) [^:]+: ') = 'afternoon' THEN 'AFTERNOON' ELSE 'MORNING' END,
        'secondShift', CASE WHEN b.second THEN 1 ELSE 0 END) || r.params)
    WHEN t.explanation ~ '^[0-9]+ \S+ trainees of .+: no room with ≥ [0-9]+ seats on .+$'
      THEN jsonb_build_object('code', 'CLASS_UNPLACED', 'params', jsonb_build_object(
        'trainees', t.size,
        'language', t.language,
        'municipality', COALESCE(m.code, t."municipalityId"::text),
        'from', to_char(t."startDate", 'YYYY-MM-DD'),
        'to', to_char(t."endDate", 'YYYY-MM-DD')))
    ELSE jsonb_build_object('code', 'LEGACY_TEXT', 'params', jsonb_build_object('text', t.explanation))
  END AS notice
  FROM "TrainingClass" t
  LEFT JOIN "Municipality" m ON m.id = t."municipalityId"
  LEFT JOIN "Municipality" rm ON rm.id = t."roomMunicipalityId"
  LEFT JOIN LATERAL (SELECT substring(t.explanation from '\), (?:morning|afternoon) [^:]+: (.+)$') AS whole) w ON true
  LEFT JOIN LATERAL (SELECT
    regexp_replace(w.whole, ', second shift: morning slots were full$', '') AS base,
    COALESCE(w.whole ~ ', second shift: morning slots were full$', false) AS second) b ON true
  LEFT JOIN LATERAL (SELECT substring(b.base from ' nearest in the region: (.+)$') AS name) n ON true
  LEFT JOIN LATERAL (SELECT code FROM "Municipality" WHERE "nameSq" = n.name LIMIT 1) nm ON true
  LEFT JOIN LATERAL (SELECT CASE
    WHEN b.base = 'own municipality' THEN jsonb_build_object('reason', 'OWN_MUNICIPALITY')
    WHEN b.base = 'kept from the published plan' THEN jsonb_build_object('reason', 'KEPT_FROM_PUBLISHED')
    WHEN b.base ~ '^.+ has no free room with ≥ [0-9]+ seats. nearest in the region: .+$'
      THEN jsonb_build_object('reason', 'NEAREST_IN_REGION', 'ownRooms', 'BUSY', 'nearestMunicipality', COALESCE(nm.code, n.name))
    WHEN b.base ~ '^.+ has no room available on .+. nearest in the region: .+$'
      THEN jsonb_build_object('reason', 'NEAREST_IN_REGION', 'ownRooms', 'NONE', 'nearestMunicipality', COALESCE(nm.code, n.name))
  END AS params) r ON true
) x
WHERE x.id = c.id;

ALTER TABLE "TrainingClass" DROP COLUMN "explanation";

ALTER TABLE "TrainingClass" RENAME COLUMN "explanationNotice" TO "explanation";

ALTER TABLE "TrainingClass" ALTER COLUMN "explanation" SET NOT NULL;

-- TrainingPlan: each move reason becomes its MOVE_ code (an unknown reason is kept as written)
UPDATE "TrainingPlan" p SET "moves" = (
  SELECT jsonb_agg(e.m || jsonb_build_object('reason', CASE e.m ->> 'reason'
      WHEN 'class over the new size' THEN 'MOVE_CLASS_OVER_SIZE'
      WHEN 'class closed' THEN 'MOVE_CLASS_CLOSED'
      WHEN 'municipality or language changed' THEN 'MOVE_GROUP_CHANGED'
      WHEN 'new' THEN 'MOVE_NEW'
      ELSE e.m ->> 'reason'
    END) ORDER BY e.o)
  FROM jsonb_array_elements(p."moves") WITH ORDINALITY AS e(m, o)
)
WHERE jsonb_typeof(p."moves") = 'array' AND jsonb_array_length(p."moves") > 0;

-- TrainingPlan: each summary warning message becomes a notice, municipalities by their code
UPDATE "TrainingPlan" p SET "summary" = jsonb_set(p."summary", '{warnings}', (
  SELECT jsonb_agg(CASE WHEN w.x -> 'notice' IS NOT NULL THEN w.x ELSE jsonb_build_object(
    'municipalityId', w.x -> 'municipalityId',
    'notice', CASE
      WHEN w.x ->> 'message' = 'no host room is set for this regional KKR training'
        THEN jsonb_build_object('code', 'KKR_NO_HOST_ROOM', 'params', jsonb_build_object())
      WHEN w.x ->> 'message' ~ '^the host room has not been notified to the participating municipalities. the letter asks for at least [0-9]+ days before [0-9]{4}-[0-9]{2}-[0-9]{2}$'
        THEN jsonb_build_object('code', 'KKR_NOTICE_NOT_SENT', 'params', jsonb_build_object(
          'days', substring(w.x ->> 'message' from 'at least ([0-9]+) days')::int,
          'from', substring(w.x ->> 'message' from '([0-9]{4}-[0-9]{2}-[0-9]{2})$')))
      WHEN w.x ->> 'message' ~ '^the host room was notified on [0-9]{4}-[0-9]{2}-[0-9]{2}, (after the training|[0-9]+ days? before). the letter asks for at least [0-9]+ days before [0-9]{4}-[0-9]{2}-[0-9]{2}$'
        THEN jsonb_build_object('code', 'KKR_NOTICE_LATE', 'params', jsonb_build_object(
          'day', substring(w.x ->> 'message' from 'notified on ([0-9]{4}-[0-9]{2}-[0-9]{2})'),
          'when', CASE WHEN w.x ->> 'message' ~ ', after the training' THEN 'AFTER' ELSE 'BEFORE' END,
          'daysBefore', COALESCE(substring(w.x ->> 'message' from ', ([0-9]+) days? before')::int, 0),
          'days', substring(w.x ->> 'message' from 'at least ([0-9]+) days')::int,
          'from', substring(w.x ->> 'message' from '([0-9]{4}-[0-9]{2}-[0-9]{2})$')))
      WHEN w.x ->> 'message' ~ '^.+: no KKR members are recorded, so none are planned$'
        THEN jsonb_build_object('code', 'KKR_NO_MEMBERS', 'params', jsonb_build_object(
          'municipality', COALESCE(m.code, substring(w.x ->> 'message' from '^(.+): no KKR members'))))
      WHEN w.x ->> 'message' ~ '^.+: only [0-9]+ of [0-9]+ KKR members are planned'
        THEN jsonb_build_object('code', 'KKR_ATTENDANCE_LOW', 'params', jsonb_build_object(
          'municipality', COALESCE(m.code, substring(w.x ->> 'message' from '^(.+): only [0-9]+ of')),
          'planned', substring(w.x ->> 'message' from ': only ([0-9]+) of [0-9]+ KKR')::int,
          'members', substring(w.x ->> 'message' from ': only [0-9]+ of ([0-9]+) KKR')::int))
      ELSE jsonb_build_object('code', 'LEGACY_TEXT', 'params', jsonb_build_object('text', COALESCE(w.x ->> 'message', w.x::text)))
    END) END ORDER BY w.o)
  FROM jsonb_array_elements(p."summary" -> 'warnings') WITH ORDINALITY AS w(x, o)
  LEFT JOIN "Municipality" m ON m.id::text = w.x ->> 'municipalityId'
))
WHERE jsonb_typeof(p."summary" -> 'warnings') = 'array' AND jsonb_array_length(p."summary" -> 'warnings') > 0;

-- TrainingEvent: a name is kept only when a person gave it, the generated defaults become NULL
ALTER TABLE "TrainingEvent" ALTER COLUMN "name" DROP NOT NULL;

UPDATE "TrainingEvent" e SET "name" = NULL
WHERE (e.kind = 'SUPERVISORS' AND e.name IN ('Supervisors training', 'SUPERVISORS training'))
   OR (e.kind = 'ENUMERATORS' AND e.name IN ('Enumerators training', 'ENUMERATORS training'))
   OR (e.kind = 'KKR_REGIONAL' AND (
        e.name IN ('KKR members training', 'KKR_REGIONAL training')
        OR e.name = 'KKR members training, region ' || COALESCE((SELECT r."nameSq" FROM "Region" r WHERE r.id = e."regionId"), '')));
