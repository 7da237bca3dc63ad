// The attachments module's surface for other modules: record access rules, the file store, moving files on merge.
export { RECORD_OWNERS, checkRecord, requireRecord, type OwnerPolicy } from './record-owners.ts';
export { fileStoreFor } from './attachments.routes.ts';
export type { FileStore, StagedFile } from './file-store.ts';
export { moveAttachments } from './attachments.repository.ts';
export { getAttachment } from './attachments.service.ts';
