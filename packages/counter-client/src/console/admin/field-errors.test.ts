import { describe, expect, it } from 'vitest';
import { formProblemOf } from './field-errors';

function refusal(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { graphQLErrors: [{ message, extensions: { code, ...extensions } }] };
}

const serviceFields = ['code', 'prefix', 'name', 'nameEn', 'targetWaitMinutes'];

describe('formProblemOf', () => {
  it('puts a refused input next to its field, in the server’s words', () => {
    expect(
      formProblemOf(
        refusal('BAD_USER_INPUT', '字段 prefix 已被使用', { field: 'prefix' }),
        serviceFields,
        'zh-CN',
      ),
    ).toEqual({ field: 'prefix', message: '字段 prefix 已被使用' });
  });

  it('says only what was wrong next to the field, in the user’s language, when the server tells', () => {
    const refused = refusal('BAD_USER_INPUT', 'server text', {
      field: 'prefix',
      problem: { kind: 'prefixFormat' },
    });
    expect(formProblemOf(refused, serviceFields, 'en')).toEqual({
      field: 'prefix',
      message: 'Must be 1–3 capital letters',
    });
    expect(formProblemOf(refused, serviceFields, 'zh-CN')).toEqual({
      field: 'prefix',
      message: '须为 1–3 个大写字母',
    });
    // A field the form does not have gets the whole sentence, field name included.
    expect(formProblemOf(refused, ['name'], 'en')).toEqual({
      field: null,
      message: 'Field prefix must be 1–3 capital letters',
    });
  });

  it('maps a nested input field to the form field, saying which part of it was wrong', () => {
    expect(
      formProblemOf(refusal('BAD_USER_INPUT', 'rank', { field: 'services.rank' }), ['services'], 'en').field,
    ).toBe('services');
    const refused = refusal('BAD_USER_INPUT', 'x', {
      field: 'configuration.halls[0].services[1].prefix',
      problem: { kind: 'taken' },
    });
    expect(formProblemOf(refused, ['configuration'], 'en')).toEqual({
      field: 'configuration',
      message: 'Field configuration.halls[0].services[1].prefix is already taken',
    });
  });

  it('puts a refused period next to its own input when the form names its inputs by path', () => {
    const refused = refusal('BAD_USER_INPUT', 'x', {
      field: 'hours[2].periods[0].closes',
      problem: { kind: 'closesBeforeOpens' },
    });
    expect(formProblemOf(refused, ['hours[2].periods[0].closes'], 'zh-CN')).toEqual({
      field: 'hours[2].periods[0].closes',
      message: '结束时间须晚于开始时间',
    });
  });

  it('puts a refused entry of a list sent without its empty entries at the form’s own field', () => {
    const refused = refusal('BAD_USER_INPUT', 'x', {
      field: 'names[1].lang',
      problem: { kind: 'duplicate' },
    });
    const formPathOf = (path: string) => (path === 'names[1].lang' ? 'names.en' : path);
    expect(formProblemOf(refused, ['names.zh-CN', 'names.en'], 'en', formPathOf).field).toBe('names.en');
    expect(formProblemOf(refused, ['names.zh-CN', 'names.en'], 'en').field).toBeNull();
  });

  it('keeps a field the form does not have, and other refusals, above the buttons', () => {
    expect(
      formProblemOf(refusal('BAD_USER_INPUT', 'x', { field: 'hallId' }), serviceFields, 'en').field,
    ).toBeNull();
    expect(formProblemOf(refusal('FORBIDDEN', 'server text'), serviceFields, 'zh-CN')).toEqual({
      field: null,
      message: '无权执行此操作',
    });
  });

  it('explains a lost connection', () => {
    expect(formProblemOf({ graphQLErrors: [], networkError: new Error('down') }, [], 'en').field).toBeNull();
  });
});
