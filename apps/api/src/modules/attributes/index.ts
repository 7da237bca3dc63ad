// The attributes module's surface for other modules.
export { loadAttributeDefs, validatedAttributes } from './attributes.service.ts';
