// i18next set-up: Bahasa Indonesia by default, English as a switch remembered in this browser
// (and in the user's account once signed in). The English catalogue loads only when chosen, so a first
// visit on a slow link downloads one language.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { id } from './id';

const STORAGE_KEY = 'inovda.lang';

function initialLanguage(): 'id' | 'en' {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

let english: Promise<void> | undefined;
/** Adds the English catalogue (once) before anything is shown in English. */
function loadEnglish() {
  english ??= import('./en').then(({ en }) => {
    i18n.addResourceBundle('en', 'translation', en);
  });
  return english;
}

const initial = initialLanguage();
void i18n.use(initReactI18next).init({
  resources: { id: { translation: id } },
  partialBundledLanguages: true,
  lng: initial,
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  // A key in neither catalogue would show raw ("common.delete"): say so in the console, where the browser
  // tests fail on any console error. Nothing is sent anywhere (no backend is configured).
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key) => console.error(`i18n: missing translation key "${key}"`),
});

/** Settles once the first language's catalogue is there: render after it, so English never flashes Indonesian. */
export const i18nReady: Promise<void> = initial === 'en' ? loadEnglish() : Promise.resolve();

export async function setLanguage(lang: 'id' | 'en') {
  if (lang === 'en') await loadEnglish();
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the switch still works for this visit.
  }
  document.documentElement.lang = lang;
  return i18n.changeLanguage(lang);
}

if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export default i18n;
