import { describe, expect, it } from 'vitest';
import type { Locality } from '../../src/lib/content/schema.ts';
import { localitySchema } from '../../src/lib/content/schema.ts';
import { formatHistoryDate } from '../../src/lib/format.ts';
import { pickText } from '../../src/lib/localised.ts';
import { historicalNames, historyOf, isFormer, pickName, presentUnit, presentUnits } from '../../src/lib/localityHistory.ts';
import { pagefindRecord } from '../../src/lib/search/pageRecords.ts';
import { indexText } from '../../src/lib/search/tokens.ts';
import { scriptRuns } from '../../src/lib/writing.ts';

const source = { title: 'Nghị quyết' };
const locality = (data: Partial<Locality>): { data: Locality } => ({
  data: localitySchema.parse({ country: 'vn', kind: 'province', name: { vi: 'Tên', lo: 'ຊື່' }, ...data }),
});
const localities = new Map([
  [
    'hue',
    locality({
      kind: 'city',
      name: { vi: 'Thành phố Huế', lo: 'ນະຄອນເຫວ້' },
      formedFrom: { date: '2025-01-01', units: ['tth'], source },
    }),
  ],
  [
    'tth',
    locality({
      name: { vi: 'Tỉnh Thừa Thiên Huế', lo: 'Tỉnh Thừa Thiên Huế' },
      partOf: { unit: 'hue', date: '2025-01-01', source },
    }),
  ],
  [
    'old-ward',
    locality({ kind: 'ward', name: { vi: 'Phường Cũ', lo: 'Phường Cũ' }, partOf: { unit: 'tth', date: '2020-01-01', source } }),
  ],
  [
    'odx',
    locality({
      country: 'la',
      name: { vi: 'Tỉnh U Đôm Xay', lo: 'ແຂວງອຸດົມໄຊ' },
      formerNames: [
        // A year written unquoted in YAML arrives as a number.
        { name: { lo: 'ແຂວງເມືອງໄຊ' }, until: 1967, source } as never,
        { name: { lo: 'ແຂວງລ້ານຊ້າງ' }, until: '1965', source },
      ],
    }),
  ],
]);

describe('present units', () => {
  it('a unit that became part of another counts as that one, followed to the end', () => {
    expect(presentUnit('hue', localities)).toBe('hue');
    expect(presentUnit('tth', localities)).toBe('hue');
    expect(presentUnit('old-ward', localities)).toBe('hue');
    expect(presentUnits(['tth', 'hue', 'odx'], localities)).toEqual(['hue', 'odx']);
    expect(isFormer(localities.get('tth')!)).toBe(true);
    expect(isFormer(localities.get('hue')!)).toBe(false);
  });
});

describe('historical names', () => {
  it('are the former names and the names of the units it was formed from, never its present name', () => {
    expect(historicalNames('hue', localities)).toEqual(['Tỉnh Thừa Thiên Huế']);
    expect(historicalNames('odx', localities)).toEqual(['ແຂວງເມືອງໄຊ', 'ແຂວງລ້ານຊ້າງ']);
    expect(historicalNames('tth', localities)).toEqual([]);
  });

  it('are indexed with the result, so the former name finds it with or without diacritics', () => {
    const record = pagefindRecord({
      url: '/vi/localities/hue/',
      record: { type: 'locality', lang: 'vi', title: 'Thành phố Huế', aliases: historicalNames('hue', localities) },
      text: 'Thành phố Huế',
      excerptText: 'Thành phố Huế',
    });
    for (const token of indexText('Thừa Thiên').split(' ')) expect(record.content.split(' ')).toContain(token);
    expect(record.content.split(' ')).toContain('thua');
    // Searched, not shown.
    expect(record.meta.text).not.toContain('Thừa');
  });
});

describe('history events', () => {
  it('come oldest first, a year alone keeping the precision its source gives', () => {
    expect(historyOf(localities.get('odx')!.data).map((event) => event.date)).toEqual(['1965', '1967']);
    expect(historyOf(localities.get('hue')!.data)).toMatchObject([{ kind: 'formed', date: '2025-01-01', units: ['tth'] }]);
  });

  it('dates are shown as precisely as given, never with an invented day', () => {
    expect(formatHistoryDate('1965', 'en')).toBe('1965');
    expect(formatHistoryDate('2004-08-21', 'en')).toBe('21 August 2004');
    expect(formatHistoryDate('2025-07', 'en')).toBe('July 2025');
  });

  it('the schema refuses a month or day that does not exist', () => {
    for (const until of ['2025-13', '2025-02-30', '65', 'năm 1965']) {
      expect(
        localitySchema.safeParse({
          country: 'la',
          kind: 'province',
          name: { vi: 'a', lo: 'ກ' },
          formerNames: [{ name: { lo: 'ກ' }, until, source }],
        }).success,
        until,
      ).toBe(false);
    }
  });
});

describe('names in the language they are written in', () => {
  it('a name in the reader’s language, else Vietnamese, else Lao', () => {
    expect(pickName({ lo: 'ແຂວງລ້ານຊ້າງ' }, 'en')).toEqual({ text: 'ແຂວງລ້ານຊ້າງ', lang: 'lo' });
    expect(pickName({ vi: 'Phường Gia Hội' }, 'lo')).toEqual({ text: 'Phường Gia Hội', lang: 'vi' });
  });

  it('a Lao field that carries the Vietnamese spelling is marked Vietnamese', () => {
    expect(pickText({ vi: 'Tỉnh Quảng Nam', lo: 'Tỉnh Quảng Nam' }, 'lo')).toEqual({ text: 'Tỉnh Quảng Nam', lang: 'vi' });
    expect(pickText({ vi: 'Thành phố Huế', lo: 'ນະຄອນເຫວ້' }, 'lo')).toEqual({ text: 'ນະຄອນເຫວ້', lang: 'lo' });
  });

  it('a note quoting Lao and Thai names has each run marked', () => {
    expect(scriptRuns('tên กำแพงนครเวียงจันทน์ thành ນະຄອນຫຼວງ ວຽງຈັນ ngày 21/8')).toEqual([
      { text: 'tên ' },
      { text: 'กำแพงนครเวียงจันทน์', lang: 'th' },
      { text: ' thành ' },
      { text: 'ນະຄອນຫຼວງ ວຽງຈັນ', lang: 'lo' },
      { text: ' ngày 21/8' },
    ]);
  });
});
