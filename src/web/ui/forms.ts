// Puts the server's field errors onto the form fields, and shows anything else as a notification.
import { notifications } from '@mantine/notifications';
import { ApiError } from '../lib/api';

interface FormLike {
  setErrors: (errors: Record<string, string>) => void;
}

export function showApiError(form: FormLike | null, error: unknown) {
  if (error instanceof ApiError && Object.keys(error.fields).length && form) {
    form.setErrors(error.fields);
    return;
  }
  notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
}

export function notifySaved(message: string) {
  notifications.show({ color: 'green', message });
}
