// Code shared by the API and the web app: permission keys, zod input schemas, global ids.
export * from './permissions.ts';
export * from './schemas/auth.ts';
export * from './global-id.ts';
export * from './tax-ids/index.ts';
export * from './filter/index.ts';
export * from './attributes.ts';
export * from './labels.ts';
export * from './schemas/clients.ts';
export * from './schemas/dictionaries.ts';
export * from './schemas/attributes.ts';
export * from './schemas/saved-views.ts';
export * from './schemas/activities.ts';
export * from './schemas/campaigns.ts';
export * from './time-zones.ts';
export * from './schemas/attachments.ts';
export * from './schemas/duplicates.ts';
