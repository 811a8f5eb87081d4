// Number and date conventions of a spreadsheet locale (how typed text is read and values are shown).
export interface LocaleConventions {
  decimal: string;
  group: string;
  /** Order of day, month and year in a typed or shown date. */
  dateOrder: 'DMY' | 'MDY';
  /** Default display of a date, and of a date with a time (Sheets format syntax). */
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
}

const VI: LocaleConventions = {
  decimal: ',',
  group: '.',
  dateOrder: 'DMY',
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  timeFormat: 'HH:mm:ss',
};
const EN_US: LocaleConventions = {
  decimal: '.',
  group: ',',
  dateOrder: 'MDY',
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  timeFormat: 'H:mm:ss',
};
const EN_GB: LocaleConventions = {
  ...EN_US,
  dateOrder: 'DMY',
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  timeFormat: 'HH:mm:ss',
};
const DE: LocaleConventions = { ...VI, dateFormat: 'dd.MM.yyyy', dateTimeFormat: 'dd.MM.yyyy HH:mm:ss' };
const FR: LocaleConventions = { ...VI, group: '\u202f' };

const BY_LANGUAGE: Record<string, LocaleConventions> = { vi: VI, de: DE, fr: FR };

const cache = new Map<string, LocaleConventions>();

/** Conventions of `locale` (`vi_VN`, `en_US`, `en_GB`…); unknown locales read like en_US. */
export function conventions(locale: string): LocaleConventions {
  let conv = cache.get(locale);
  if (!conv) cache.set(locale, (conv = lookup(locale)));
  return conv;
}

function lookup(locale: string): LocaleConventions {
  const [lang, region] = locale.replace('-', '_').split('_');
  if (lang === 'en') return region && region !== 'US' && region !== 'PH' ? EN_GB : EN_US;
  return BY_LANGUAGE[lang] ?? EN_US;
}
