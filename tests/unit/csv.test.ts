/**
 * /data/figures.csv opened in a spreadsheet: a cell that starts like a
 * formula is text, as OWASP advises against CSV injection; numbers stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../src/data/openData.ts';

describe('CSV cells that a spreadsheet would run', () => {
  const formulas = [
    '=HYPERLINK("https://evil.example","x")',
    '+1+cmd|"/C calc"!A0',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    '=1',
  ];

  it(`neutralises ${formulas.length} formula-like cells with a leading apostrophe`, () => {
    for (const formula of formulas) expect(neutraliseFormula(formula), formula).toBe(`'${formula}`);
  });

  it('leaves numbers, negative ones too, and ordinary text as they are', () => {
    for (const value of ['-12.5', '+3', '91.17', '1e-7', 'Tỷ lệ hồ sơ', 'a=b', '']) expect(neutraliseFormula(value)).toBe(value);
  });

  it('quotes what needs quoting after neutralising', () => {
    const csv = toCsv(['label', 'value'], [{ label: '=HYPERLINK("https://evil.example","x")', value: '-4' }]);
    expect(csv).toBe('label,value\r\n"\'=HYPERLINK(""https://evil.example"",""x"")",-4\r\n');
  });
});
