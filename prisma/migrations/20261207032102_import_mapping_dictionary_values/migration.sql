-- AlterTable
ALTER TABLE "import_mappings" ADD COLUMN     "value_mapping" JSONB NOT NULL DEFAULT '[]';
