-- Change capture for opportunities: rules on OPPORTUNITY (created / updated) and "assigned to me" when someone creates
-- an opportunity for, or gives one to, another user. Same function as for activities, which also have an owner_id.
CREATE OR REPLACE FUNCTION automation_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ent text := TG_ARGV[0];
  owned boolean := TG_ARGV[0] IN ('ACTIVITY', 'OPPORTUNITY');
  changed text[] := '{}';
  actor uuid;
  watched boolean;
  assigned boolean := false;
BEGIN
  watched := EXISTS (SELECT 1 FROM automation_rules r
    WHERE r.enabled AND r.entity = ent AND r.trigger IN ('CREATED', 'UPDATED'));
  -- Record fields are resolved when an expression is prepared, so owner_id (owned records only) sits in its own branch.
  IF NOT watched THEN
    IF NOT owned THEN
      RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
      IF (to_jsonb(NEW) ->> 'owner_id') IS NOT DISTINCT FROM (to_jsonb(OLD) ->> 'owner_id') THEN
        RETURN NULL;
      END IF;
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO changed
      FROM jsonb_each(to_jsonb(NEW)) n
      WHERE n.key NOT IN ('updated_at', 'version', 'updated_by_id') AND n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key);
    IF cardinality(changed) = 0 THEN
      RETURN NULL;
    END IF;
    actor := NEW.updated_by_id;
  ELSE
    actor := NEW.created_by_id;
  END IF;
  IF owned AND actor IS NOT NULL AND (TG_OP = 'INSERT' OR 'owner_id' = ANY(changed)) THEN
    assigned := (to_jsonb(NEW) ->> 'owner_id')::uuid IS DISTINCT FROM actor;
  END IF;
  IF watched OR assigned THEN
    INSERT INTO automation_changes (entity, record_id, op, changed_fields, actor_id, by_rule)
    VALUES (ent, NEW.id, TG_OP, changed, actor, coalesce(current_setting('veza.automation_rule', true), '') <> '');
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER opportunities_automation_change AFTER INSERT OR UPDATE ON opportunities
  FOR EACH ROW EXECUTE FUNCTION automation_record_change('OPPORTUNITY');
