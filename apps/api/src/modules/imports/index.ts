// The imports module's surface: its background worker, registered by background.ts.
export { registerImportJobs } from './imports.jobs.ts';
export { runImport } from './import-runner.ts';
export { runImportInThread } from './import-thread.ts';
export { FileFormatError, detectFormat, readRows } from './file-reader.ts';
