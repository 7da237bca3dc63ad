#!/bin/sh
# Prisma's CLI insists that a native schema engine exists before `generate`, even though generate runs on
# WebAssembly. PRISMA_SCHEMA_ENGINE_BINARY points here so nothing is downloaded. Migrations do not use the
# native engine either: run `pnpm db:migrate` / `pnpm db:migration:new` (WebAssembly schema engine).
echo "Veza does not ship Prisma's native schema engine: use pnpm db:migrate / pnpm db:migration:new." >&2
exit 1
