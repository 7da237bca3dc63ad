-- pg_trgm powers the trigram indexes (quick search on names and cities). It is created here, not declared in
-- schema.prisma, because Prisma's extension support cannot see extensions in the PGlite used for the drift check.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "ClientKind" AS ENUM ('LEGAL', 'NATURAL');

-- CreateEnum
CREATE TYPE "ClientRole" AS ENUM ('CUSTOMER', 'PROSPECT', 'SUPPLIER', 'PARTNER');

-- CreateEnum
CREATE TYPE "DictionaryKind" AS ENUM ('CLIENT_STATUS', 'CLIENT_SEGMENT', 'INDUSTRY', 'LEAD_SOURCE', 'ACTIVITY_TYPE', 'ACTIVITY_CATEGORY', 'CONTACT_CHANNEL', 'ACTIVITY_RESULT');

-- CreateEnum
CREATE TYPE "AttributeEntity" AS ENUM ('CLIENT', 'PERSON');

-- CreateEnum
CREATE TYPE "AttributeType" AS ENUM ('TEXT', 'LONG_TEXT', 'INTEGER', 'DECIMAL', 'DATE', 'BOOLEAN', 'CHOICE', 'MULTI_CHOICE');

-- CreateTable
CREATE TABLE "dictionary_values" (
    "id" UUID NOT NULL,
    "kind" "DictionaryKind" NOT NULL,
    "key" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "color" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dictionary_values_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clients" (
    "id" UUID NOT NULL,
    "kind" "ClientKind" NOT NULL,
    "roles" "ClientRole"[] DEFAULT ARRAY[]::"ClientRole"[],
    "name" TEXT NOT NULL,
    "street" TEXT,
    "postal_code" TEXT,
    "city" TEXT,
    "country" CHAR(2),
    "tax_id" TEXT,
    "registration_no" TEXT,
    "phones" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "emails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "website" TEXT,
    "status_id" UUID,
    "segment_id" UUID,
    "industry_id" UUID,
    "lead_source_id" UUID,
    "account_manager_id" UUID,
    "note" TEXT,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "last_contact_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "clients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "persons" (
    "id" UUID NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "title" TEXT,
    "job_title" TEXT,
    "phones" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "emails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "birthday" DATE,
    "name_day" CHAR(5),
    "note" TEXT,
    "marketing_consent" BOOLEAN NOT NULL DEFAULT false,
    "consent_at" TIMESTAMPTZ(3),
    "consent_source" TEXT,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "persons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "client_persons" (
    "client_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" TEXT,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "client_persons_pkey" PRIMARY KEY ("client_id","person_id")
);

-- CreateTable
CREATE TABLE "person_relations" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "related_person_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_relations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attribute_definitions" (
    "id" UUID NOT NULL,
    "entity" "AttributeEntity" NOT NULL,
    "key" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "help" JSONB NOT NULL DEFAULT '{}',
    "type" "AttributeType" NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "choices" JSONB NOT NULL DEFAULT '[]',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "attribute_definitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_views" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "entity" "AttributeEntity" NOT NULL DEFAULT 'CLIENT',
    "name" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "filter" JSONB,
    "columns" JSONB NOT NULL DEFAULT '[]',
    "sort" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "saved_views_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "dictionary_values_kind_position_idx" ON "dictionary_values"("kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "dictionary_values_kind_key_key" ON "dictionary_values"("kind", "key");

-- CreateIndex
CREATE INDEX "clients_name_id_idx" ON "clients"("name", "id");

-- CreateIndex
CREATE INDEX "clients_name_trgm_idx" ON "clients" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "clients_city_id_idx" ON "clients"("city", "id");

-- CreateIndex
CREATE INDEX "clients_city_trgm_idx" ON "clients" USING GIN ("city" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "clients_emails_idx" ON "clients" USING GIN ("emails");

-- CreateIndex
CREATE INDEX "clients_registration_no_idx" ON "clients"("registration_no");

-- CreateIndex
CREATE INDEX "clients_country_idx" ON "clients"("country");

-- CreateIndex
CREATE INDEX "clients_status_id_idx" ON "clients"("status_id");

-- CreateIndex
CREATE INDEX "clients_segment_id_idx" ON "clients"("segment_id");

-- CreateIndex
CREATE INDEX "clients_industry_id_idx" ON "clients"("industry_id");

-- CreateIndex
CREATE INDEX "clients_lead_source_id_idx" ON "clients"("lead_source_id");

-- CreateIndex
CREATE INDEX "clients_account_manager_id_idx" ON "clients"("account_manager_id");

-- CreateIndex
CREATE INDEX "clients_last_contact_at_idx" ON "clients"("last_contact_at");

-- CreateIndex
CREATE INDEX "clients_tax_id_idx" ON "clients"("tax_id");

-- CreateIndex
CREATE INDEX "clients_created_at_id_idx" ON "clients"("created_at", "id");

-- CreateIndex
CREATE INDEX "clients_attributes_idx" ON "clients" USING GIN ("attributes" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "persons_last_name_first_name_id_idx" ON "persons"("last_name", "first_name", "id");

-- CreateIndex
CREATE INDEX "persons_attributes_idx" ON "persons" USING GIN ("attributes" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "client_persons_person_id_idx" ON "client_persons"("person_id");

-- CreateIndex
CREATE INDEX "person_relations_related_person_id_idx" ON "person_relations"("related_person_id");

-- CreateIndex
CREATE UNIQUE INDEX "person_relations_person_id_related_person_id_kind_key" ON "person_relations"("person_id", "related_person_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "attribute_definitions_entity_key_key" ON "attribute_definitions"("entity", "key");

-- CreateIndex
CREATE INDEX "saved_views_owner_id_name_idx" ON "saved_views"("owner_id", "name");

-- CreateIndex
CREATE INDEX "saved_views_shared_name_idx" ON "saved_views"("shared", "name");

-- AddForeignKey
ALTER TABLE "clients" ADD CONSTRAINT "clients_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clients" ADD CONSTRAINT "clients_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clients" ADD CONSTRAINT "clients_industry_id_fkey" FOREIGN KEY ("industry_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clients" ADD CONSTRAINT "clients_lead_source_id_fkey" FOREIGN KEY ("lead_source_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clients" ADD CONSTRAINT "clients_account_manager_id_fkey" FOREIGN KEY ("account_manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "client_persons" ADD CONSTRAINT "client_persons_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "client_persons" ADD CONSTRAINT "client_persons_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_related_person_id_fkey" FOREIGN KEY ("related_person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
