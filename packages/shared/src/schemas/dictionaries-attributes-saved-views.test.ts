// Unit tests for the dictionary, attribute and saved-view input schemas and their helper rules.
import { describe, expect, it } from 'vitest';
import { attributeChoicesError, CreateAttributeDefinitionInput, removedChoiceKeys } from './attributes.ts';
import { ACTIVITY_TYPE_ICONS, CreateDictionaryValueInput, dictionaryMetaError, storedLabels } from './dictionaries.ts';
import { isColumnId, SavedViewInput } from './saved-views.ts';

describe('dictionary value input', () => {
  it('lowercases the colour, fills missing languages from English and defaults meta to {}', () => {
    const parsed = CreateDictionaryValueInput.parse({
      kind: 'INDUSTRY',
      key: 'energy',
      labels: { en: 'Energy' },
      color: '#AABBCC',
    });
    expect(parsed).toEqual({
      kind: 'INDUSTRY',
      key: 'energy',
      labels: { en: 'Energy', pl: 'Energy', hr: 'Energy', cs: 'Energy' },
      color: '#aabbcc',
      meta: {},
    });
  });

  it.each([
    [{ showOnCalendar: true, showOnHome: false, icon: 'phone' }, null],
    [{ showOnCalendar: 'yes' }, { key: 'showOnCalendar', message: 'validation.invalid' }],
    [{ icon: 'Phone Icon' }, { key: 'icon', message: 'validation.icon' }],
    [{ icon: 'rocket' }, { key: 'icon', message: 'validation.icon' }],
    [{ icon: 7 }, { key: 'icon', message: 'validation.icon' }],
    [{ somethingElse: 1 }, null],
  ])('checks activity type settings %j (error: %j)', (meta, error) => {
    expect(dictionaryMetaError('ACTIVITY_TYPE', meta)).toEqual(error);
    expect(dictionaryMetaError('INDUSTRY', meta)).toBeNull();
  });

  it('accepts every offered activity type icon and names meta.icon for any other', () => {
    for (const icon of ACTIVITY_TYPE_ICONS) expect(dictionaryMetaError('ACTIVITY_TYPE', { icon })).toBeNull();
    expect(new Set(ACTIVITY_TYPE_ICONS).size).toBe(ACTIVITY_TYPE_ICONS.length);
    const parsed = CreateDictionaryValueInput.safeParse({
      kind: 'ACTIVITY_TYPE',
      key: 'visit',
      labels: { en: 'Visit' },
      meta: { showOnHome: true, icon: 'map-marker' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toEqual([
      expect.objectContaining({ path: ['meta', 'icon'], message: 'validation.icon' }),
    ]);
  });

  it('reads stored labels with every language filled, English first as fallback', () => {
    expect(storedLabels({ en: 'Call', pl: 'Telefon' })).toEqual({ en: 'Call', pl: 'Telefon', hr: 'Call', cs: 'Call' });
    expect(storedLabels(null)).toEqual({ en: '', pl: '', hr: '', cs: '' });
  });
});

describe('attribute definition input', () => {
  it.each([
    ['CHOICE', 0, 'validation.attribute.choicesRequired'],
    ['MULTI_CHOICE', 1, null],
    ['TEXT', 0, null],
    ['DATE', 2, 'validation.attribute.choicesNotAllowed'],
  ] as const)('%s with %i choices: %s', (type, count, error) => {
    expect(attributeChoicesError(type, Array.from({ length: count }))).toBe(error);
  });

  it('finds choice keys an update leaves out', () => {
    expect(
      removedChoiceKeys([{ key: 'a' }, { key: 'b' }, { key: 'c' }], [{ key: 'c' }, { key: 'a' }, { key: 'd' }]),
    ).toEqual(['b']);
  });

  it('marks choices active unless told otherwise and defaults required to false', () => {
    const parsed = CreateAttributeDefinitionInput.parse({
      entity: 'CLIENT',
      key: 'territory',
      labels: { en: 'Territory' },
      type: 'CHOICE',
      choices: [
        { key: 'north', labels: { en: 'North' } },
        { key: 'south', labels: { en: 'South' }, active: false },
      ],
    });
    expect(parsed.required).toBe(false);
    expect(parsed.choices.map((c) => [c.key, c.active])).toEqual([
      ['north', true],
      ['south', false],
    ]);
  });
});

describe('saved view input', () => {
  it.each([
    ['NAME', true],
    ['LAST_CONTACT_AT', true],
    ['attr:employees', true],
    ['attr:', false],
    ['attr:Employees', false],
    ['name', false],
    ['FIRST_NAME', false],
  ])('column %s is valid: %s', (column, valid) => {
    expect(isColumnId(column)).toBe(valid);
  });

  it('defaults to private, no filter, no sort; sort direction defaults to ascending', () => {
    expect(SavedViewInput.parse({ name: ' Mine ', columns: ['NAME'] })).toEqual({
      name: 'Mine',
      shared: false,
      filter: null,
      columns: ['NAME'],
      sort: [],
    });
    expect(SavedViewInput.parse({ name: 'x', columns: ['NAME'], sort: [{ attribute: 'employees' }] }).sort).toEqual([
      { attribute: 'employees', direction: 'ASC' },
    ]);
  });
});
