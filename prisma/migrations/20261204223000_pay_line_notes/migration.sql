-- PayLine.description becomes a code with parameters (jsonb) instead of an English sentence.
-- What the kind, EA, unit and period already say is dropped (null), the rest becomes its code:
-- a diaspora row not paid, the attendance cut of the preparatory amount, the tax percent and base,
-- the charged item and serial. Anything else is kept whole as LEGACY_TEXT.
-- The suffixes adjustment runs wrote (due and paid before) are dropped: the statement shows them.
-- Semicolons inside sentences are written chr(59) so that no statement holds one.
ALTER TABLE "PayLine" ALTER COLUMN "description" SET DATA TYPE JSONB USING (
  CASE
    WHEN "description" IS NULL THEN NULL
    WHEN "lineType" = 'SUPERVISOR_MONTH' AND "description" ~ '^supervisor pay [0-9]{4}-[0-9]{2}-[0-9]{2} – [0-9]{4}-[0-9]{2}-[0-9]{2}: [0-9]+ of [0-9]+ days( \([^()]*\))?$'
      THEN NULL
    WHEN "lineType" = 'PREPARATORY' AND "description" ~ '^preparatory period [0-9]{4}-[0-9]{2}-[0-9]{2} – [0-9]{4}-[0-9]{2}-[0-9]{2}: [0-9]+ of [0-9]+ days( \([^()]*\))?$'
      THEN NULL
    WHEN "lineType" = 'PREPARATORY' AND "description" ~ (chr(59) || ' no attendance at the enumerator training, -?[0-9]+\.[0-9]{2} not paid( \([^()]*\))?$')
      THEN jsonb_build_object('code', 'PREP_NO_ATTENDANCE', 'params', jsonb_build_object(
        'notPaidAmount', substring("description" from 'training, (-?[0-9]+\.[0-9]{2}) not paid')))
    WHEN "lineType" = 'PREPARATORY' AND "description" ~ (chr(59) || ' training attendance [0-9]+ of [0-9]+ days, -?[0-9]+\.[0-9]{2} not paid( \([^()]*\))?$')
      THEN jsonb_build_object('code', 'PREP_PRORATED', 'params', jsonb_build_object(
        'attended', ((regexp_match("description", 'training attendance ([0-9]+) of ([0-9]+) days, (-?[0-9]+\.[0-9]{2}) not paid'))[1])::int,
        'trainingDays', ((regexp_match("description", 'training attendance ([0-9]+) of ([0-9]+) days, (-?[0-9]+\.[0-9]{2}) not paid'))[2])::int,
        'notPaidAmount', (regexp_match("description", 'training attendance ([0-9]+) of ([0-9]+) days, (-?[0-9]+\.[0-9]{2}) not paid'))[3]))
    WHEN "lineType" = 'PIECE' AND "description" ~ '^EA .+: (buildings|dwellings|households|individuals|diaspora persons) — not paid, diaspora list incomplete( \([^()]*\))?$'
      THEN jsonb_build_object('code', 'DIASPORA_LIST_INCOMPLETE', 'params', jsonb_build_object())
    WHEN "lineType" = 'PIECE' AND "description" ~ '^EA .+: (buildings|dwellings|households|individuals|diaspora persons)( \([^()]*\))?$'
      THEN NULL
    WHEN "lineType" = 'TAX' AND "description" ~ '^income tax [0-9]+\.[0-9]{2} % of -?[0-9]+\.[0-9]{2}( \([^()]*\))?$'
      THEN jsonb_build_object('code', 'TAX', 'params', jsonb_build_object(
        'percent', (regexp_match("description", '^income tax ([0-9]+\.[0-9]{2}) % of (-?[0-9]+\.[0-9]{2})'))[1],
        'baseAmount', (regexp_match("description", '^income tax ([0-9]+\.[0-9]{2}) % of (-?[0-9]+\.[0-9]{2})'))[2]))
    WHEN "lineType" = 'CHARGEBACK' AND "description" ~ '^equipment (returned damaged|not returned): .+ serial \S+$'
      THEN jsonb_build_object('code', 'CHARGEBACK', 'params', jsonb_build_object(
        'reason', CASE WHEN "description" LIKE 'equipment returned damaged:%' THEN 'DAMAGED' ELSE 'NOT_RETURNED' END,
        'item', (regexp_match("description", '^equipment (returned damaged|not returned): (.+) serial (\S+)$'))[2],
        'serial', (regexp_match("description", '^equipment (returned damaged|not returned): (.+) serial (\S+)$'))[3]))
    ELSE jsonb_build_object('code', 'LEGACY_TEXT', 'params', jsonb_build_object('text', "description"))
  END
);
