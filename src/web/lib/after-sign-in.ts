// Where the sign-in page sends a person: back to the page they were on when their session ended, but never
// to another sign-in page (that left people signed in on the login form) nor off this site ("//host").

const SIGNED_OUT_PAGES = ['/login', '/forgot-password', '/reset-password'];

/** Is this path one of the pages shown to signed-out visitors? */
export function isSignedOutPage(path: string): boolean {
  const pathname = path.split(/[?#]/)[0];
  return SIGNED_OUT_PAGES.includes(pathname);
}

/** The page to open after signing in: the remembered one when it is a page of this app, otherwise home. */
export function afterSignIn(redirect: string | undefined): string {
  if (!redirect?.startsWith('/') || redirect.startsWith('//') || redirect.startsWith('/\\')) return '/';
  return isSignedOutPage(redirect) ? '/' : redirect;
}
