// Live password feedback: the estimator is fetched when a password page first asks for it, and each check
// waits for a pause in typing (a check takes tens of milliseconds on a slow phone).
import { useEffect, useState } from 'react';
import type { PasswordAssessment, PasswordContext } from '../../../domain/password-rules';

type Estimator = typeof import('./password-estimator');
let estimator: Promise<Estimator> | undefined;
const loadEstimator = () => {
  estimator ??= import('./password-estimator');
  return estimator;
};

export interface PasswordStrength extends PasswordAssessment {
  /** The estimator's warning and suggestions in the page's language. */
  texts: string[];
}

export function usePasswordStrength(password: string, context: PasswordContext, language: string): PasswordStrength | null {
  const [result, setResult] = useState<PasswordStrength | null>(null);
  const contextKey = JSON.stringify(context);
  useEffect(() => {
    if (!password) {
      setResult(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      const { checkPassword, feedbackTexts } = await loadEstimator();
      if (cancelled) return;
      const assessment = checkPassword(password, JSON.parse(contextKey) as PasswordContext);
      const catalogue = feedbackTexts[language === 'en' ? 'en' : 'id'];
      const warnings = catalogue.warnings as Record<string, string>;
      const suggestions = catalogue.suggestions as Record<string, string>;
      const texts = [
        ...(assessment.warning && warnings[assessment.warning] ? [warnings[assessment.warning]] : []),
        ...assessment.suggestions.map((s) => suggestions[s]).filter(Boolean),
      ];
      setResult({ ...assessment, texts });
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [password, contextKey, language]);
  // Start fetching as soon as the form shows, so the first keystrokes get feedback without a wait.
  useEffect(() => {
    void loadEstimator();
  }, []);
  return result;
}
