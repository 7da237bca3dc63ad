// The seeded permission profiles (Administrator, Manager, Agent) are stored with English names and descriptions;
// the UI shows them in the user's language for as long as they keep that seeded text. Once an administrator renames
// a profile or rewrites its description, the stored text is shown as typed (it is the administrator's own wording).
import { SEEDED_PROFILES } from '@veza/shared';
import type { TFunction } from 'i18next';

/** The catalog key of a seeded profile: its system key (the seeded name in lower case), e.g. "manager". */
export const seededProfiles = SEEDED_PROFILES.map((p) => ({ ...p, key: p.name.toLowerCase() }));
const seeded = seededProfiles;

/** The profile's name in the UI language (seeded name unchanged) or as stored. */
export function profileName(t: TFunction, profile: { name: string }): string {
  const match = seeded.find((p) => p.name === profile.name);
  return match ? t(`seededProfiles.${match.key}.name`) : profile.name;
}

/** The profile's description in the UI language (seeded description unchanged) or as stored. */
export function profileDescription(t: TFunction, profile: { description: string }): string {
  const match = seeded.find((p) => p.description === profile.description);
  return match ? t(`seededProfiles.${match.key}.description`) : profile.description;
}
