// Public entry of the attributes module: attribute definitions (cached) and validation of attribute values.
export { loadAttributeDefs, validatedAttributes } from './attributes.service.ts';
