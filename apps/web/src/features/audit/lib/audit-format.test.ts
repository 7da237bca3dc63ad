// Audit values read like the forms: the form's field labels (also for `…Id` columns), formatted values.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../i18n/locales/en.json';
import pl from '../../../i18n/locales/pl.json';
import { fieldLabel, formatValue } from './audit-format.ts';

let t: TFunction;
let tPl: TFunction;
const dateTime = (iso: string) => `<${iso}>`;

beforeAll(async () => {
  t = await i18next.createInstance().init({ lng: 'en', resources: { en: { translation: en } } });
  tPl = await i18next.createInstance().init({ lng: 'pl', resources: { pl: { translation: pl } } });
});

describe('fieldLabel', () => {
  it('uses the label of the record kind’s form, for reference columns too', () => {
    expect(fieldLabel(t, 'CLIENT', 'city')).toBe('City');
    expect(fieldLabel(t, 'CLIENT', 'accountManagerId')).toBe('Account manager');
    expect(fieldLabel(tPl, 'CLIENT', 'city')).toBe('Miejscowość');
    expect(fieldLabel(t, 'OPPORTUNITY', 'stageId')).toBe(en.opportunities.fields.stage);
  });

  it('falls back to the audit labels, then to the field name', () => {
    expect(fieldLabel(t, 'CLIENT', 'deletedAt')).toBe('Deleted');
    expect(fieldLabel(t, 'MAIL_SETTINGS', 'fromAddress')).toBe('fromAddress');
  });
});

describe('formatValue', () => {
  it('formats instants, lists, booleans, empties and objects, and prefers a reference label', () => {
    expect(formatValue(t, dateTime, '2026-12-07T08:00:00.000Z')).toBe('<2026-12-07T08:00:00.000Z>');
    expect(formatValue(t, dateTime, ['a@x.test', 'b@x.test'])).toBe('a@x.test, b@x.test');
    expect(formatValue(t, dateTime, true)).toBe('Yes');
    expect(formatValue(t, dateTime, null)).toBe('—');
    expect(formatValue(t, dateTime, [])).toBe('—');
    expect(formatValue(t, dateTime, { shoe: 38 })).toBe('shoe: 38');
    expect(formatValue(t, dateTime, '0193-uuid', 'Customer')).toBe('Customer');
  });
});
