// i18next set-up: Bahasa Indonesia by default, English as a switch remembered in this browser
// (and in the user's account once signed in). The English catalogue loads only when chosen, so a first
// visit on a slow link downloads one language.
import i18n, { type BackendModule } from 'i18next';
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

/** Catalogues not bundled (English) load from their own chunk when a language is first used: i18next waits
 * for it in init and in changeLanguage, so nothing shows in English before its words are there. */
const lazyCatalogues: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, {});
    import('./en').then(
      ({ en }) => callback(null, en),
      (error: Error) => callback(error, null),
    );
  },
};

/** Settles once the first language's catalogue is there: the app renders after it. */
export const i18nReady = i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    resources: { id: { translation: id } },
    // Bahasa Indonesia is bundled; only the others go through lazyCatalogues.
    partialBundledLanguages: true,
    // Indonesian is ready at once (as before); English is ready when i18nReady settles.
    initAsync: false,
    lng: initialLanguage(),
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    // A key in neither catalogue would show raw ("common.delete"): say so in the console, where the browser
    // tests fail on any console error. Nothing is sent anywhere (the backend only reads).
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`i18n: missing translation key "${key}"`),
  })
  .then(() => undefined);

export function setLanguage(lang: 'id' | 'en') {
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
