-- Replacement notes are stored as codes with parameters instead of English sentences.
-- Known sentences become their code, anything else LEGACY_TEXT with the text kept as a parameter.
-- Semicolons inside sentences are written chr(59) so that no statement holds one.
UPDATE "Replacement" r SET "notes" = (
  SELECT COALESCE(jsonb_agg(
    CASE
      WHEN jsonb_typeof(n.v) = 'object' AND n.v ? 'code' THEN n.v
      WHEN n.v ->> 'message' = 'the leaver held no kit: nothing returned or issued' || chr(59) || ' the replacement receives a kit at the handover of the next distribution plan version'
        THEN jsonb_build_object('source', n.v ->> 'source', 'code', 'KIT_NONE_HELD', 'params', jsonb_build_object())
      WHEN n.v ->> 'message' = 'no published training plan ahead covers the municipality: nothing re-planned'
        THEN jsonb_build_object('source', n.v ->> 'source', 'code', 'TRAINING_NOTHING_REPLANNED', 'params', jsonb_build_object())
      ELSE jsonb_build_object(
        'source', COALESCE(n.v ->> 'source', ''),
        'code', 'LEGACY_TEXT',
        'params', jsonb_build_object('text', COALESCE(n.v ->> 'message', n.v #>> '{}')))
    END ORDER BY n.o), '[]'::jsonb)
  FROM jsonb_array_elements(r."notes") WITH ORDINALITY AS n(v, o)
)
WHERE jsonb_typeof(r."notes") = 'array';

-- DistributionPlan lines: the note of a person without a training session becomes its code
UPDATE "DistributionPlan" SET "lines" = (
  SELECT jsonb_agg(
    CASE WHEN l.v ->> 'sessionNote' = 'session not planned yet' THEN jsonb_set(l.v, '{sessionNote}', '"SESSION_NOT_PLANNED"'::jsonb) ELSE l.v END
    ORDER BY l.o)
  FROM jsonb_array_elements("lines") WITH ORDINALITY AS l(v, o)
)
WHERE jsonb_typeof("lines") = 'array' AND "lines"::text LIKE '%session not planned yet%';
