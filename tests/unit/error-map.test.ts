/**
 * Schema problems are read from zod's issues by kind (errorMap.ts): the
 * schema's own code where it names one, the field, bounds and value from
 * the issue, and a refinement's whole problem from its params.
 */
import { describe, expect, it } from 'vitest';
import { schemaProblem } from '../../src/lib/content/errorMap.ts';
import { problemMessage } from '../../src/lib/content/messages.ts';
import { localitySchema } from '../../src/lib/content/schema.ts';

const problemsOf = (schema: typeof localitySchema, data: unknown) =>
  schema.safeParse(data, { reportInput: true }).error!.issues.map(schemaProblem);

const locality = { country: 'la', kind: 'province', name: { vi: 'Chăm-pa-xắc', lo: 'ຈຳປາສັກ' } };

describe('the error map', () => {
  it('gives a schema’s code the field and the bound from the issue', () => {
    expect(problemsOf(localitySchema, { ...locality, name: { vi: 'x'.repeat(161), lo: 'ຈຳປາສັກ' } })).toEqual([
      { code: 'text-too-long', params: { field: 'name', got: 'x'.repeat(161), maximum: 160 } },
    ]);
  });

  it('says what zod found where the schema named no code, by the kind of issue', () => {
    const [latitude] = problemsOf(localitySchema, { ...locality, coordinates: [100, 105] });
    expect(latitude).toEqual({ code: 'number-range', params: { field: 'coordinates', got: '100', maximum: 90 } });
    expect(problemMessage(latitude!, 'vi')).toBe('cần một số không lớn hơn 90');
  });

  it('lists the choices of an enum, each in the reader’s words', () => {
    const [country] = problemsOf(localitySchema, { ...locality, country: 'th' });
    expect(country).toEqual({ code: 'one-of', params: { field: 'country', got: 'th', values: ['vn', 'la'] } });
    expect(problemMessage(country!, 'en')).toBe('expected vn (Viet Nam) or la (Laos)');
    expect(problemMessage(country!, 'lo')).toBe('ຕ້ອງເປັນ vn (ຫວຽດນາມ) ຫຼື la (ລາວ)');
  });

  it('takes a refinement’s problem whole from its params', () => {
    expect(problemsOf(localitySchema, { ...locality, kind: 'country', parent: 'champasak' })).toEqual([
      { code: 'country-parent', params: { got: 'champasak' } },
    ]);
  });
});
