-- The seeded Agent profile reads only own clients: those they manage and those on their open call lists (an ACTIVE
-- campaign's PENDING or IN_PROGRESS items; the predicate is in apps/api/src/modules/visibility). A profile renamed or
-- changed by an administrator keeps its key, so only a still-default Agent (clients read ALL) is narrowed.
UPDATE "permission_profiles" SET "clients_read" = 'OWN', "version" = "version" + 1
WHERE "system_key" = 'agent' AND "clients_read" = 'ALL' AND "clients_edit" = 'OWN';
