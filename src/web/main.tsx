import './app/signed-out.css';
import { Badge, createTheme, MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './app/router';
import { meKey } from './auth/api/auth';
import { i18nReady } from './i18n';
import { ApiError } from './lib/api';

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    // Badges hold short status words; never cut them to "AK…" in a narrow table cell.
    Badge: Badge.extend({ defaultProps: { tt: 'none' }, styles: { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } }),
  },
});

// After an update the old page's chunks are gone: a page that fails to load reloads the app once (drafts
// survive — autosave keeps a copy on the device), rather than showing a broken page.
window.addEventListener('vite:preloadError', (event) => {
  const last = Number(sessionStorage.getItem('inovda-reloaded-at') ?? 0);
  if (Date.now() - last < 60_000) return;
  event.preventDefault();
  sessionStorage.setItem('inovda-reloaded-at', String(Date.now()));
  window.location.reload();
});

// A 401 anywhere means the session ended: forget the user, and the guard sends them to sign in.
const onError = (error: unknown) => {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(meKey, null);
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: { retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2, refetchOnWindowFocus: false },
  },
});

void i18nReady.then(() =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  ),
);
