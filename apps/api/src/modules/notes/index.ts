// The notes module's surface for other modules.
export { moveNotes } from './notes.repository.ts';
export { getNote } from './notes.service.ts';
