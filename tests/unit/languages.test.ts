import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/lib/languages.ts';
import { langOfPath, switchLanguage } from '../../src/lib/paths.ts';

describe('pickLanguage', () => {
  it('takes the first browser language the site has', () => {
    expect(pickLanguage(['fr-FR', 'lo-LA', 'vi'])).toBe('lo');
    expect(pickLanguage(['en-GB', 'vi'])).toBe('en');
    expect(pickLanguage(['VI-vn'])).toBe('vi');
  });
  it('falls back to Vietnamese', () => {
    expect(pickLanguage(['th', 'fr'])).toBe('vi');
    expect(pickLanguage([])).toBe('vi');
  });
});

describe('langOfPath', () => {
  it('reads the language from the first segment only', () => {
    expect(langOfPath('/lo/practices/x/')).toBe('lo');
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/data/practices.json')).toBeUndefined();
    expect(langOfPath('/vietnam/')).toBeUndefined();
  });
});

describe('switchLanguage', () => {
  it('keeps the reader on the same entry', () => {
    expect(switchLanguage('/vi/practices/hue-service-centre-network/', 'lo')).toBe('/lo/practices/hue-service-centre-network/');
    expect(switchLanguage('/en/', 'vi')).toBe('/vi/');
  });
  it('does not touch a slug that merely starts like a language', () => {
    expect(switchLanguage('/vi/localities/vientiane-capital/', 'en')).toBe('/en/localities/vientiane-capital/');
  });
  it('turns a side-by-side brief round when switching to the language set beside', () => {
    expect(switchLanguage('/lo/exchanges/vientiane-hue-2026/brief/vi/', 'vi')).toBe('/vi/exchanges/vientiane-hue-2026/brief/lo/');
    expect(switchLanguage('/lo/exchanges/vientiane-hue-2026/brief/vi/', 'en')).toBe('/en/exchanges/vientiane-hue-2026/brief/vi/');
    expect(switchLanguage('/lo/exchanges/vientiane-hue-2026/brief/', 'vi')).toBe('/vi/exchanges/vientiane-hue-2026/brief/');
  });
});
