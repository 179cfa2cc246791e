// Puts the server's field errors onto the form fields, and shows anything else as a notification.
import { notifications } from '@mantine/notifications';
import { ApiError } from '../lib/api';

interface FormLike {
  setErrors: (errors: Record<string, string>) => void;
}

export function showApiError(form: FormLike | null, error: unknown) {
  if (error instanceof ApiError && Object.keys(error.fields).length && form) {
    form.setErrors(error.fields);
    revealFirstError();
    return;
  }
  notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
}

/**
 * A long form (the framework editor) can mark a field far from the save button it was submitted with: once the
 * marks are drawn, bring the first one into view so the person sees what to fix.
 */
function revealFirstError(framesLeft = 10) {
  // The marks appear when React renders the new errors, a frame or a few later: look until they do.
  requestAnimationFrame(() => {
    const first = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first) {
      if (framesLeft > 0) revealFirstError(framesLeft - 1);
      return;
    }
    const box = first.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
  });
}

export function notifySaved(message: string) {
  notifications.show({ color: 'green', message });
}
