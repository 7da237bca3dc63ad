// Short success / failure toasts.
import { notifications } from '@mantine/notifications';

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message });
}

export function notifyError(message: string) {
  notifications.show({ color: 'red', message });
}
