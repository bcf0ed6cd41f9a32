-- CountFlag.explanation becomes a list of notices (jsonb) coded by the rule instead of an English
-- sentence: one notice, or one per offending figure for ABOVE_EXPECTED and VERSION_JUMP. Params:
-- ea (its code), counts as numbers, ratios and percentages as decimal strings, the last approval
-- day as YYYY-MM-DD. A text of no known shape is kept whole as LEGACY_TEXT.
-- Semicolons inside sentences are written chr(59) so that no statement holds one.
ALTER TABLE "CountFlag" ADD COLUMN "notices" JSONB;

UPDATE "CountFlag" f SET "notices" = x.notices
FROM (
  SELECT c.id, CASE
    WHEN c.rule = 'INDIVIDUALS_PER_HOUSEHOLD' AND iph.m IS NOT NULL
      THEN jsonb_build_array(jsonb_build_object('code', c.rule, 'params', jsonb_build_object(
        'ea', iph.m[1], 'individuals', iph.m[2]::bigint, 'households', iph.m[3]::bigint,
        'ratio', iph.m[4], 'minRatio', iph.m[5], 'maxRatio', iph.m[6])))
    WHEN c.rule = 'ABOVE_EXPECTED' AND ae.ok THEN ae.notices
    WHEN c.rule = 'HOUSEHOLDS_WITHOUT_INDIVIDUALS' AND hwi.m IS NOT NULL
      THEN jsonb_build_array(jsonb_build_object('code', c.rule, 'params', jsonb_build_object(
        'ea', hwi.m[1], 'empty', hwi.m[2]::bigint, 'households', hwi.m[3]::bigint)))
    WHEN c.rule = 'VERSION_JUMP' AND vj.ok THEN vj.notices
    WHEN c.rule = 'DIASPORA_LIST_INCOMPLETE' AND dli.m IS NOT NULL
      THEN jsonb_build_array(jsonb_build_object('code', c.rule, 'params', jsonb_build_object(
        'ea', dli.m[1], 'persons', dli.m[2]::bigint)))
    WHEN c.rule = 'NO_RECENT_APPROVAL' AND nra.m IS NOT NULL
      THEN jsonb_build_array(jsonb_build_object('code', c.rule, 'params', jsonb_build_object(
        'ea', nra.m[1], 'days', nra.m[2]::bigint, 'lastDay', nra.m[3], 'limitDays', nra.m[4]::bigint)))
    ELSE jsonb_build_array(jsonb_build_object('code', 'LEGACY_TEXT', 'params', jsonb_build_object('text', c.explanation)))
  END AS notices
  FROM "CountFlag" c
  LEFT JOIN LATERAL (SELECT regexp_match(c.explanation,
    '^EA ([^:]+): ([0-9]+) individuals in ([0-9]+) households = ([0-9]+\.[0-9]{2}) per household, outside ([0-9]+(?:\.[0-9]+)?)–([0-9]+(?:\.[0-9]+)?)$') AS m) iph ON true
  LEFT JOIN LATERAL (SELECT regexp_match(c.explanation, '^EA ([^:]+): (.+) \(more than ([0-9]+) % above\)$') AS m) aeh ON true
  LEFT JOIN LATERAL (
    SELECT bool_and(p.part ~ '^[0-9]+ (dwellings|households|individuals) reported, [0-9]+ expected$') AS ok,
      jsonb_agg(jsonb_build_object('code', 'ABOVE_EXPECTED', 'params', jsonb_build_object(
        'ea', aeh.m[1],
        'figure', substring(p.part from '^[0-9]+ (dwellings|households|individuals) '),
        'reported', substring(p.part from '^([0-9]+) ')::bigint,
        'expected', substring(p.part from ', ([0-9]+) expected$')::bigint,
        'percent', aeh.m[3])) ORDER BY p.n) AS notices
    FROM regexp_split_to_table(aeh.m[2], chr(59) || ' ') WITH ORDINALITY AS p(part, n)
  ) ae ON true
  LEFT JOIN LATERAL (SELECT regexp_match(c.explanation, '^EA ([^:]+): ([0-9]+) of ([0-9]+) households have no individuals$') AS m) hwi ON true
  LEFT JOIN LATERAL (SELECT regexp_match(c.explanation,
    '^EA ([^:]+): (.+) since the previous version \(more than ([0-9]+) % and ([0-9]+)\)$') AS m) vjh ON true
  LEFT JOIN LATERAL (
    SELECT bool_and(p.part ~ '^(dwellings|households|individuals) [0-9]+ → [0-9]+$') AS ok,
      jsonb_agg(jsonb_build_object('code', 'VERSION_JUMP', 'params', jsonb_build_object(
        'ea', vjh.m[1],
        'figure', substring(p.part from '^(dwellings|households|individuals) '),
        'before', substring(p.part from ' ([0-9]+) → ')::bigint,
        'after', substring(p.part from ' → ([0-9]+)$')::bigint,
        'percent', vjh.m[3],
        'minimum', vjh.m[4]::bigint)) ORDER BY p.n) AS notices
    FROM regexp_split_to_table(vjh.m[2], chr(59) || ' ') WITH ORDINALITY AS p(part, n)
  ) vj ON true
  LEFT JOIN LATERAL (SELECT regexp_match(c.explanation,
    '^EA ([^:]+): ([0-9]+) diaspora persons reported but the diaspora list is not complete$') AS m) dli ON true
  LEFT JOIN LATERAL (SELECT regexp_match(c.explanation,
    '^EA ([^:]+): no interview approved for ([0-9]+) days \(last ([0-9]{4}-[0-9]{2}-[0-9]{2})' || chr(59) || ' limit ([0-9]+)\)$') AS m) nra ON true
) x
WHERE x.id = f.id;

ALTER TABLE "CountFlag" DROP COLUMN "explanation";

ALTER TABLE "CountFlag" RENAME COLUMN "notices" TO "explanation";

ALTER TABLE "CountFlag" ALTER COLUMN "explanation" SET NOT NULL;
