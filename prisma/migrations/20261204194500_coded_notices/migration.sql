-- Block reasons and deadline flags are stored as codes with parameters instead of English sentences.
-- Known sentence shapes become their code, anything else LEGACY_TEXT with the text kept as a parameter.
-- Semicolons inside sentences are written chr(59) so that no statement holds one.

-- PayPerson: blockReason text joined by semicolon and space becomes blockReasons, a list of codes
ALTER TABLE "PayPerson" ADD COLUMN "blockReasons" JSONB;

UPDATE "PayPerson" p SET "blockReasons" = (
  SELECT jsonb_agg(
    CASE
      WHEN t.part = 'no valid IBAN' THEN jsonb_build_object('code', 'NO_VALID_IBAN', 'params', jsonb_build_object())
      WHEN t.part = 'bank details awaiting confirmation' THEN jsonb_build_object('code', 'BANK_AWAITING_CONFIRMATION', 'params', jsonb_build_object())
      WHEN t.part = 'engagement dates missing' THEN jsonb_build_object('code', 'ENGAGEMENT_DATES_MISSING', 'params', jsonb_build_object())
      WHEN t.part = 'engagement does not cover any pay month' THEN jsonb_build_object('code', 'NO_PAY_MONTH', 'params', jsonb_build_object())
      WHEN t.part = 'no EA assignment' THEN jsonb_build_object('code', 'NO_EA_ASSIGNMENT', 'params', jsonb_build_object())
      WHEN t.part = 'no signed contract covering the paid period' THEN jsonb_build_object('code', 'NO_CONTRACT', 'params', jsonb_build_object())
      WHEN t.part ~ '^deductions exceed gross pay by -?[0-9]+\.[0-9]{2} EUR$' THEN jsonb_build_object(
        'code', 'DEDUCTIONS_EXCEED_GROSS', 'params', jsonb_build_object('amount', substring(t.part from '(-?[0-9]+\.[0-9]{2})')))
      WHEN t.part ~ '^already paid -?[0-9]+\.[0-9]{2} EUR more than due, recover outside the payroll$' THEN jsonb_build_object(
        'code', 'OVERPAID', 'params', jsonb_build_object('amount', substring(t.part from '(-?[0-9]+\.[0-9]{2})')))
      ELSE jsonb_build_object('code', 'LEGACY_TEXT', 'params', jsonb_build_object('text', t.part))
    END ORDER BY t.ord)
  FROM regexp_split_to_table(
    replace(p."blockReason", 'more than due' || chr(59) || ' recover', 'more than due, recover'),
    chr(59) || ' '
  ) WITH ORDINALITY AS t(part, ord)
  WHERE t.part <> ''
)
WHERE p."blockReason" IS NOT NULL AND btrim(p."blockReason") <> '';

ALTER TABLE "PayPerson" DROP COLUMN "blockReason";

-- DeadlineFlag: message becomes notice, the flag kind as code with the due day and whether the step is done
ALTER TABLE "DeadlineFlag" ADD COLUMN "notice" JSONB;

UPDATE "DeadlineFlag" SET "notice" = CASE
  WHEN "message" ~ ('^(KKR member list confirmation|final list of enumerators|publication of the final list) (not done|done late)' || chr(59) || ' due by [0-9]{4}-[0-9]{2}-[0-9]{2}$')
    THEN jsonb_build_object('code', "kind"::text, 'params', jsonb_build_object(
      'due', substring("message" from '([0-9]{4}-[0-9]{2}-[0-9]{2})$'),
      'state', CASE WHEN "message" ~ ' done late' THEN 'done' ELSE 'open' END))
  WHEN "message" = 'training room notice not sent' || chr(59) || ' due at least two days before the training'
    THEN jsonb_build_object('code', 'TRAINING_NOTICE_LATE', 'params', jsonb_build_object('state', 'open'))
  WHEN "message" = 'training room notice sent later than two days before the training'
    THEN jsonb_build_object('code', 'TRAINING_NOTICE_LATE', 'params', jsonb_build_object('state', 'done'))
  ELSE jsonb_build_object('code', 'LEGACY_TEXT', 'params', jsonb_build_object('text', "message"))
END;

ALTER TABLE "DeadlineFlag" ALTER COLUMN "notice" SET NOT NULL;

ALTER TABLE "DeadlineFlag" DROP COLUMN "message";

-- DistributionPlan: the English summary of what is missing becomes one EQUIPMENT_SHORT code per item type, rebuilt from the stored needs
UPDATE "DistributionPlan" SET "missing" = ("missing" - 'summary') || jsonb_build_object('shortfalls', COALESCE((
  SELECT jsonb_agg(jsonb_build_object('code', 'EQUIPMENT_SHORT', 'params', jsonb_build_object(
    'type', e.n ->> 'typeName',
    'missing', (e.n ->> 'missing')::int,
    'need', (e.n ->> 'need')::int,
    'spares', (e.n ->> 'spares')::int,
    'have', (e.n ->> 'have')::int)) ORDER BY e.o)
  FROM jsonb_array_elements("needs") WITH ORDINALITY AS e(n, o)
  WHERE (e.n ->> 'missing')::int > 0
), jsonb_build_array()));

-- TrainingPlan: each shortfall message becomes CLASS_NO_ROOM with its classes, size, the event days and the cause
UPDATE "TrainingPlan" p SET "shortfalls" = COALESCE((
  SELECT jsonb_agg((e.s - 'message') || jsonb_build_object('notice', CASE
      WHEN e.s ->> 'message' ~ 'no rooms are recorded as available in '
        THEN jsonb_build_object('code', 'CLASS_NO_ROOM', 'params', b.base || jsonb_build_object('cause', 'NO_ROOMS'))
      WHEN e.s ->> 'message' ~ 'the largest free room nearby has [0-9]+ seats'
        THEN jsonb_build_object('code', 'CLASS_NO_ROOM', 'params', b.base || jsonb_build_object(
          'cause', 'LARGEST', 'largest', substring(e.s ->> 'message' from 'the largest free room nearby has ([0-9]+) seats')::int))
      WHEN e.s ->> 'message' ~ 'all rooms nearby are taken'
        THEN jsonb_build_object('code', 'CLASS_NO_ROOM', 'params', b.base || jsonb_build_object(
          'cause', 'ALL_TAKEN', 'shifts', CASE WHEN e.s ->> 'message' ~ 'all rooms nearby are taken in both shifts' THEN 2 ELSE 1 END))
      ELSE jsonb_build_object('code', 'LEGACY_TEXT', 'params', jsonb_build_object('text', e.s ->> 'message'))
    END) ORDER BY e.o)
  FROM jsonb_array_elements(p."shortfalls") WITH ORDINALITY AS e(s, o),
  LATERAL (SELECT jsonb_build_object(
    'classes', jsonb_array_length(COALESCE(e.s -> 'classKeys', jsonb_build_array())),
    'size', (e.s ->> 'classSize')::int,
    'from', to_char(ev."startDate", 'YYYY-MM-DD'),
    'to', to_char(ev."endDate", 'YYYY-MM-DD')) AS base) b
), jsonb_build_array())
FROM "TrainingEvent" ev
WHERE ev.id = p."eventId" AND jsonb_typeof(p."shortfalls") = 'array' AND jsonb_array_length(p."shortfalls") > 0;
