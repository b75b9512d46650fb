import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../model/vocabulary';

/** Nested string resources, as i18next reads them (`{{name}}` interpolation, `_one`/`_other` plurals). */
export interface StringTree {
  readonly [key: string]: string | StringTree;
}

/**
 * A feature's strings as an i18next namespace of their own. `ja` is typed as the shape of `en`, so a missing or
 * extra Japanese key fails the type check.
 */
export interface FeatureStrings<T extends StringTree> {
  ns: string;
  en: T;
  ja: T;
}

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Dotted keys of a string tree; plural forms are asked for by their base key with a `count`. */
export type FeatureKey<T> = WithoutPlural<Leaves<T>>;
export type FeatureT<T> = (key: FeatureKey<T>, values?: Record<string, string | number>) => string;

type UntypedT = (key: string, options: Record<string, unknown>) => string;

/** Adds the namespaces to an i18next instance (once; later calls do nothing). */
export function registerFeatureStrings(instance: i18n, bundles: readonly FeatureStrings<StringTree>[]) {
  for (const bundle of bundles) {
    for (const lang of ['en', 'ja'] as const) {
      if (!instance.hasResourceBundle(lang, bundle.ns)) {
        instance.addResourceBundle(lang, bundle.ns, bundle[lang], true, false);
      }
    }
  }
}

/**
 * The feature's translate function and the current language (for data titles, which carry both languages). The
 * namespace is added to the app's i18next instance on first use, so a component works before the shell
 * registers it.
 */
export function useFeatureT<T extends StringTree>(
  bundle: FeatureStrings<T>,
): { t: FeatureT<T>; lang: Language } {
  const { i18n: instance } = useTranslation();
  registerFeatureStrings(instance, [bundle]);
  const lang: Language = instance.language === 'ja' ? 'ja' : 'en';
  const t = useMemo<FeatureT<T>>(() => {
    // The app's i18next types know only its own namespace; this namespace's keys are typed by FeatureKey.
    const translate = instance.t.bind(instance) as unknown as UntypedT;
    return (key, values) => translate(key, { ...values, ns: bundle.ns, lng: lang });
  }, [instance, bundle.ns, lang]);
  return { t, lang };
}
