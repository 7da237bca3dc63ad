-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ASSIGNED', 'REMINDER', 'OVERDUE_DIGEST', 'RULE_FIRED', 'IMPORT_FINISHED');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('IN_APP', 'EMAIL', 'OFF');

-- CreateEnum
CREATE TYPE "AutomationTrigger" AS ENUM ('CREATED', 'UPDATED', 'TIME_RELATIVE', 'DAILY');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "manager_id" UUID,
ADD COLUMN     "reminder_minutes" INTEGER NOT NULL DEFAULT 15;

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "recipient_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT,
    "dedupe_key" TEXT,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_settings" (
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" "NotificationChannel" NOT NULL,

    CONSTRAINT "notification_settings_pkey" PRIMARY KEY ("user_id","kind")
);

-- CreateTable
CREATE TABLE "automation_rules" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "entity" TEXT NOT NULL,
    "trigger" "AutomationTrigger" NOT NULL,
    "trigger_field" TEXT,
    "offset_days" INTEGER,
    "daily_at" TEXT,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Zagreb',
    "condition" JSONB NOT NULL DEFAULT '{}',
    "actions" JSONB NOT NULL DEFAULT '[]',
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "template_key" TEXT,
    "last_run_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "automation_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "automation_runs" (
    "id" UUID NOT NULL,
    "rule_id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "matched" INTEGER NOT NULL DEFAULT 0,
    "record_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "summary" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,

    CONSTRAINT "automation_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "automation_firings" (
    "rule_id" UUID NOT NULL,
    "record_id" UUID NOT NULL,
    "occurrence" TEXT NOT NULL,
    "fired_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "automation_firings_pkey" PRIMARY KEY ("rule_id","record_id","occurrence")
);

-- CreateTable
CREATE TABLE "automation_changes" (
    "id" BIGSERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "record_id" UUID NOT NULL,
    "op" TEXT NOT NULL,
    "changed_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actor_id" UUID,
    "by_rule" BOOLEAN NOT NULL DEFAULT false,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "automation_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notifications_recipient_id_created_at_id_idx" ON "notifications"("recipient_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "notifications_unread_idx" ON "notifications"("recipient_id") WHERE (read_at IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "notifications_recipient_id_dedupe_key_key" ON "notifications"("recipient_id", "dedupe_key");

-- CreateIndex
CREATE UNIQUE INDEX "automation_rules_template_key_key" ON "automation_rules"("template_key");

-- CreateIndex
CREATE INDEX "automation_rules_enabled_entity_idx" ON "automation_rules"("enabled", "entity");

-- CreateIndex
CREATE INDEX "automation_runs_rule_id_started_at_idx" ON "automation_runs"("rule_id", "started_at" DESC);

-- CreateIndex
CREATE INDEX "users_manager_id_idx" ON "users"("manager_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_manager_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "automation_runs" ADD CONSTRAINT "automation_runs_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "automation_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Change capture for automation rules (created / updated triggers) and "assigned to me" notifications. A row is
-- written only when an enabled event rule watches the entity, or when a user gave an activity to someone else; a
-- change an automation rule made (SET LOCAL veza.automation_rule) is marked so it never triggers event rules.
CREATE FUNCTION automation_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ent text := TG_ARGV[0];
  changed text[] := '{}';
  actor uuid;
  watched boolean;
  assigned boolean := false;
BEGIN
  watched := EXISTS (SELECT 1 FROM automation_rules r
    WHERE r.enabled AND r.entity = ent AND r.trigger IN ('CREATED', 'UPDATED'));
  -- Record fields are resolved when an expression is prepared, so owner_id (activities only) sits in its own branch.
  IF NOT watched THEN
    IF ent <> 'ACTIVITY' THEN
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
  IF ent = 'ACTIVITY' AND actor IS NOT NULL AND (TG_OP = 'INSERT' OR 'owner_id' = ANY(changed)) THEN
    assigned := (to_jsonb(NEW) ->> 'owner_id')::uuid IS DISTINCT FROM actor;
  END IF;
  IF watched OR assigned THEN
    INSERT INTO automation_changes (entity, record_id, op, changed_fields, actor_id, by_rule)
    VALUES (ent, NEW.id, TG_OP, changed, actor, coalesce(current_setting('veza.automation_rule', true), '') <> '');
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER clients_automation_change AFTER INSERT OR UPDATE ON clients
  FOR EACH ROW EXECUTE FUNCTION automation_record_change('CLIENT');
CREATE TRIGGER activities_automation_change AFTER INSERT OR UPDATE ON activities
  FOR EACH ROW EXECUTE FUNCTION automation_record_change('ACTIVITY');

-- "Assigned to me" for campaigns: a campaign someone made for another agent goes to the outbox (never for rules).
CREATE FUNCTION automation_campaign_assigned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.created_by_id IS NOT NULL AND NEW.agent_id <> NEW.created_by_id THEN
    INSERT INTO automation_changes (entity, record_id, op, changed_fields, actor_id)
    VALUES ('CAMPAIGN', NEW.id, 'INSERT', '{}', NEW.created_by_id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER campaigns_automation_assigned AFTER INSERT ON campaigns
  FOR EACH ROW EXECUTE FUNCTION automation_campaign_assigned();
