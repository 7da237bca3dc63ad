// The caller's notification settings: a channel per kind and the reminder lead time.
import { graphql } from '@veza/shared/graphql';

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      kinds {
        kind
        channel
      }
      reminderMinutes
    }
  }
`);

export const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      kinds {
        kind
        channel
      }
      reminderMinutes
    }
  }
`);
