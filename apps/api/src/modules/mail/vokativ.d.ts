// Types for `vokativ` (MIT; Czech vocative of first and last names), which ships none.
declare module 'vokativ' {
  /** The vocative in lower case; `woman`/`lastName` null = guessed from the name. */
  export function vokativ(name: string, woman?: boolean | null, lastName?: boolean | null): string;
  export function isWoman(name: string): boolean;
}
