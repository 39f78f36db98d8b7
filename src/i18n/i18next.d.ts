import 'i18next';
import type { nl } from './nl';

// Typed keys: t('panel.close') is checked against the Dutch messages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
