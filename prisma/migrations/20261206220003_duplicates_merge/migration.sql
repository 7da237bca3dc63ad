-- Duplicate detection compares names without accents, case, punctuation and legal forms
-- ("MLINAR d.o.o., Zagreb" ~ "Mlinar"). unaccent ships with PostgreSQL (trusted: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- IMMUTABLE so queries can fold it; the unaccent rules it reads do not change at run time.
CREATE FUNCTION "veza_match_name"(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    regexp_replace(lower(unaccent('unaccent'::regdictionary, coalesce(value, ''))),
      '(^|[^a-z0-9])(j\.?\s?d\.?\s?o\.?\s?o|d\.?\s?o\.?\s?o|d\.?\s?d|sp\.?\s?z\s?o\.?\s?o|s\.?\s?r\.?\s?o|spol\.?\s?s\s?r\.?\s?o|a\.?\s?s|s\.?\s?a|ltd|gmbh|llc|inc|obrt)\.?(?=$|[^a-z0-9])', ' ', 'g'),
    '[^a-z0-9]+', ' ', 'g'))
$$;

-- AlterTable
ALTER TABLE "clients" ADD COLUMN     "merged_into_id" UUID;

-- AlterTable
ALTER TABLE "persons" ADD COLUMN     "merged_into_id" UUID;

-- CreateIndex
CREATE INDEX "clients_phones_idx" ON "clients" USING GIN ("phones");

-- CreateIndex
CREATE INDEX "persons_last_name_trgm_idx" ON "persons" USING GIN ("last_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "persons_emails_idx" ON "persons" USING GIN ("emails");

-- CreateIndex
CREATE INDEX "persons_phones_idx" ON "persons" USING GIN ("phones");
