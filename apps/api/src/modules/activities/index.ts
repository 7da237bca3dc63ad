// The activities module's surface for other modules.
export { canSee } from './activities.service.ts';
