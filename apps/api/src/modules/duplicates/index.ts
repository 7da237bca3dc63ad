// The duplicates module's surface for other modules (the import's matching uses the same rules).
export { clientDuplicates } from './duplicates.service.ts';
