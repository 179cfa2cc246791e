// CI machines are shared and can be several times slower than a quiet one (seen: every spec 2.7× longer there).
// Waits are limits on a stuck page, not speed checks (those are benchmarks, `npm run bench`), so on CI they are
// three times longer. playwright.config.ts scales the defaults; a spec that sets its own limit scales it too.
export const patience = process.env.CI ? 3 : 1;
