// Saves the caller's own preferences (UI language, time zone).
import { graphql } from '@veza/shared/graphql';

export const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      ...MeFields
    }
  }
`);
