// Notifications and confirmation dialogs, which only signed-in pages use. Mounted once at the root
// (app/router.tsx), so a notice keeps its own time across page changes, and downloaded only once someone is
// signed in: the sign-in page on a slow link does without them.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';

export function SignedInLayer() {
  return (
    <>
      <Notifications position="top-right" />
      <ModalsProvider />
    </>
  );
}
