/**
 * Interface strings that name a glossary concept, and which: such a string
 * uses the concept's preferred form (or one of its variants) in every
 * language, as content must (tests/unit/interface-terms.test.ts), so a reader
 * meets one word for one thing across menus and texts.
 */
import type { UIKey } from './index.ts';

export const INTERFACE_TERMS: Readonly<Partial<Record<UIKey, readonly string[]>>> = {
  'site.tagline': ['public-administrative-service-centre', 'two-level-local-government', 'digital-transformation'],
  'home.intro': ['public-administrative-service-centre', 'two-level-local-government'],
  'guide.audience.centre': ['public-administrative-service-centre'],
  'contribute.intro': ['public-administrative-service-centre'],
  'site.description': ['administrative-reform'],
  'list.themes.intro': ['administrative-reform'],
  'footer.about': ['administrative-reform'],
};
