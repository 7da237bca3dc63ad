-- CreateTable
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT statement_timestamp(),
    "record_kind" TEXT NOT NULL,
    "record_id" UUID,
    "op" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actor_id" UUID,
    "session_id" UUID,
    "api_token_id" UUID,
    "source" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_log_record_id_at_id_idx" ON "audit_log"("record_id", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_log_actor_id_at_id_idx" ON "audit_log"("actor_id", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_log_at_id_idx" ON "audit_log"("at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_log_record_kind_at_id_idx" ON "audit_log"("record_kind", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_log_fields_idx" ON "audit_log" USING GIN ("fields");

-- Audit capture (issue 18; docs/ARCHITECTURE.md "Audit log"). Statement-level AFTER triggers with transition tables:
-- one INSERT … SELECT per statement, so bulk SQL (imports, merges, mass edits, campaign generation) is audited
-- set-based in its own transaction. Who wrote is read from settings the app sets on its connections
-- (apps/api/src/db/audit-context.ts): veza.actor_id, veza.session_id, veza.api_token_id, veza.source; an automation
-- rule's own transaction-local veza.automation_rule names the rule. A write with none of them is still recorded.
-- If the audit row cannot be written the statement fails, so the change is rolled back with it.

-- UUIDv7 in SQL (PostgreSQL 18 has uuidv7(); Veza supports 15+): the millisecond time over a random v4 UUID.
CREATE FUNCTION veza_uuid7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
    PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
    52, 1), 53, 1), 'hex')::uuid
$$;

-- A row's columns as { column: [old, new] } for an INSERT (old null) or DELETE (new null); masked columns are left out.
CREATE FUNCTION audit_values(j jsonb, excluded text[], masked text[], deleted boolean) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(e.key, CASE WHEN deleted THEN jsonb_build_array(e.value, NULL)
                                               ELSE jsonb_build_array(NULL, e.value) END), '{}')
    FROM jsonb_each(j) e
   WHERE e.key <> ALL (excluded) AND e.key <> ALL (masked) AND e.value <> 'null'::jsonb
$$;

-- Arguments: record kind, column holding the record id ('' = none, a singleton settings row), columns never recorded
-- (besides the bookkeeping ones), masked columns (secrets: a change is recorded as [null, null], never the value),
-- whether an INSERT records its values (link rows such as user_profiles; a record's INSERT records only the fact —
-- its values are the row itself, and every later UPDATE records the old ones, which keeps the log small).
CREATE FUNCTION audit_capture() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text := TG_ARGV[0];
  id_col text := TG_ARGV[1];
  key_col text := coalesce(nullif(TG_ARGV[1], ''), 'id');
  excluded text[] := TG_ARGV[2]::text[] || '{updated_at,version,updated_by_id,created_by_id,created_at}'::text[];
  masked text[] := TG_ARGV[3]::text[];
  link boolean := TG_ARGV[4]::boolean;
  actor uuid := nullif(current_setting('veza.actor_id', true), '')::uuid;
  sess uuid := nullif(current_setting('veza.session_id', true), '')::uuid;
  tok uuid := nullif(current_setting('veza.api_token_id', true), '')::uuid;
  src text := coalesce('automation rule ' || nullif(current_setting('veza.automation_rule', true), ''),
                       nullif(current_setting('veza.source', true), ''));
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- MATERIALIZED: each row is turned into jsonb once (inlined, to_jsonb(old) ran once per column compared).
    WITH n AS MATERIALIZED (SELECT to_jsonb(x) AS j FROM audit_new x),
         o AS MATERIALIZED (SELECT to_jsonb(x) AS j FROM audit_old x)
    INSERT INTO audit_log (id, record_kind, record_id, op, changes, fields, actor_id, session_id, api_token_id, source)
    SELECT veza_uuid7(), kind, nullif(n.j ->> id_col, '')::uuid, 'UPDATE', d.changes, d.fields, actor, sess, tok, src
      FROM n JOIN o ON (o.j ->> key_col) = (n.j ->> key_col)
      CROSS JOIN LATERAL (
        SELECT jsonb_object_agg(e.key, CASE WHEN e.key = ANY (masked) THEN '[null, null]'::jsonb
                                            ELSE jsonb_build_array(o.j -> e.key, e.value) END) AS changes,
               array_agg(e.key ORDER BY e.key) AS fields
          FROM jsonb_each(n.j) e
         WHERE e.key <> ALL (excluded) AND e.value IS DISTINCT FROM (o.j -> e.key)) d
     WHERE d.fields IS NOT NULL;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO audit_log (id, record_kind, record_id, op, changes, fields, actor_id, session_id, api_token_id, source)
    SELECT veza_uuid7(), kind, nullif(n.j ->> id_col, '')::uuid, 'INSERT', v.changes,
           ARRAY(SELECT jsonb_object_keys(v.changes)), actor, sess, tok, src
      FROM (SELECT to_jsonb(x) AS j FROM audit_new x OFFSET 0) n
      CROSS JOIN LATERAL (SELECT CASE WHEN link THEN audit_values(n.j, excluded, masked, false)
                                      ELSE '{}'::jsonb END AS changes) v;
  ELSE
    INSERT INTO audit_log (id, record_kind, record_id, op, changes, fields, actor_id, session_id, api_token_id, source)
    SELECT veza_uuid7(), kind, nullif(o.j ->> id_col, '')::uuid, 'DELETE', v.changes,
           ARRAY(SELECT jsonb_object_keys(v.changes)), actor, sess, tok, src
      FROM (SELECT to_jsonb(x) AS j FROM audit_old x OFFSET 0) o
      CROSS JOIN LATERAL (SELECT audit_values(o.j, excluded, masked, true) AS changes) v;
  END IF;
  RETURN NULL;
END $$;

-- (table, kind, id column, excluded columns, masked columns, INSERT records values, audited operations)
DO $$
DECLARE
  t record;
  args text;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('clients', 'CLIENT', 'id', '{last_contact_at,idempotency_key}', '{}', false, '{INSERT,UPDATE,DELETE}'),
    ('persons', 'PERSON', 'id', '{}', '{}', false, '{INSERT,UPDATE,DELETE}'),
    ('activities', 'ACTIVITY', 'id', '{idempotency_key}', '{}', false, '{INSERT,UPDATE,DELETE}'),
    ('opportunities', 'OPPORTUNITY', 'id', '{position}', '{}', false, '{INSERT,UPDATE,DELETE}'),
    ('users', 'USER', 'id', '{calendar_feed_used_at,calendar_feed_created_at}',
      '{password_hash,calendar_feed_token_hash}', false, '{INSERT,UPDATE,DELETE}'),
    ('user_profiles', 'USER', 'user_id', '{user_id}', '{}', true, '{INSERT,DELETE}'),
    ('permission_profiles', 'PERMISSION_PROFILE', 'id', '{}', '{}', false, '{INSERT,UPDATE,DELETE}'),
    ('dictionary_values', 'DICTIONARY', 'id', '{}', '{}', false, '{INSERT,UPDATE,DELETE}'),
    ('mail_settings', 'MAIL_SETTINGS', '', '{id}', '{password_enc,dkim_key_enc}', true, '{INSERT,UPDATE}'),
    ('ldap_settings', 'LDAP_SETTINGS', '', '{id}', '{bind_password_enc}', true, '{INSERT,UPDATE}'),
    ('ldap_group_mappings', 'LDAP_SETTINGS', '', '{id}', '{}', true, '{INSERT,DELETE}')
  ) AS v(tbl, kind, id_col, excluded, masked, link, ops)
  LOOP
    args := format('%L, %L, %L, %L, %L', t.kind, t.id_col, t.excluded, t.masked, t.link);
    IF 'INSERT' = ANY (t.ops::text[]) THEN
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS audit_new '
        'FOR EACH STATEMENT EXECUTE FUNCTION audit_capture(%s)', t.tbl || '_audit_insert', t.tbl, args);
    END IF;
    IF 'UPDATE' = ANY (t.ops::text[]) THEN
      EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new '
        'FOR EACH STATEMENT EXECUTE FUNCTION audit_capture(%s)', t.tbl || '_audit_update', t.tbl, args);
    END IF;
    IF 'DELETE' = ANY (t.ops::text[]) THEN
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS audit_old '
        'FOR EACH STATEMENT EXECUTE FUNCTION audit_capture(%s)', t.tbl || '_audit_delete', t.tbl, args);
    END IF;
  END LOOP;
END $$;
