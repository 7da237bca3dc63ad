-- Reports at 1M clients (issue 17): plans bounded by the report's rows, not by the clients table.
-- A report without a client filter or client grouping checks that the row's client is live as an anti-join on the
-- deleted clients (a handful), through this partial index, instead of hashing every client.
CREATE INDEX "clients_deleted_id_idx" ON "clients"("id") WHERE (deleted_at IS NOT NULL);

-- "Time to deal" from a client's first done contact: min(COALESCE(starts_at, created_at)) of the client's live done
-- activities is the first entry of this index (one short index lookup per won deal). Prisma's schema cannot declare
-- an expression index; it leaves this one alone.
CREATE INDEX "activities_first_contact_idx" ON "activities" ("client_id", (COALESCE("starts_at", "created_at")))
  WHERE "status" = 'DONE' AND "deleted_at" IS NULL;
