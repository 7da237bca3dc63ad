// The UI languages (kept free of zod, so the web app's first load can read them without the schemas).
export const LOCALES = ['en', 'pl', 'hr', 'cs'] as const;
export type Locale = (typeof LOCALES)[number];
