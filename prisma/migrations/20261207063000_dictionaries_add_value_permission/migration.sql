-- Permission "dictionaries.addValue" (issue 19 / seed 004): the "+" next to a dictionary field adds a plain value
-- (status, segment, industry…) without administering dictionaries. The seeded Manager and Agent profiles get it, as
-- new installations seed them; profiles an administrator created keep what they have.
UPDATE "permission_profiles"
SET "permissions" = array_append("permissions", 'dictionaries.addValue'), "version" = "version" + 1,
    "updated_at" = CURRENT_TIMESTAMP
WHERE "system_key" IN ('manager', 'agent') AND NOT ('dictionaries.addValue' = ANY (COALESCE("permissions", '{}')));
