// Attribute inputs: one per type, each reporting values in the JSON type the API stores.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { AttributeType } from '@veza/shared';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import type { AttributeFieldDefinition, AttributeValue } from './attribute-definition.ts';
import { AttributeField } from './attribute-field.tsx';
import { attributeErrors } from './attribute-fields.tsx';

const labels = (en: string) => ({ en, pl: en, hr: en, cs: en });

function definition(type: AttributeType, extra: Partial<AttributeFieldDefinition> = {}): AttributeFieldDefinition {
  return {
    key: 'field',
    type,
    required: false,
    labels: labels('Field'),
    choices: [
      { key: 'north', labels: labels('North'), active: true },
      { key: 'south', labels: labels('South'), active: true },
      { key: 'old', labels: labels('Old region'), active: false },
    ],
    ...extra,
  };
}

/** Holds the value like a form does and reports every change. */
function Harness({
  def,
  onValue,
  initial = null,
}: {
  def: AttributeFieldDefinition;
  onValue: (v: AttributeValue) => void;
  initial?: AttributeValue;
}) {
  const [value, setValue] = useState<AttributeValue>(initial);
  return (
    <AttributeField
      definition={def}
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

function renderField(
  type: AttributeType,
  extra: Partial<AttributeFieldDefinition> = {},
  initial: AttributeValue = null,
) {
  const onValue = vi.fn<(v: AttributeValue) => void>();
  renderWithProviders(<Harness def={definition(type, extra)} onValue={onValue} initial={initial} />);
  return onValue;
}

const last = (fn: ReturnType<typeof vi.fn>) => fn.mock.calls.at(-1)?.[0];

describe('attribute field', () => {
  it.each([
    ['TEXT', 'Zagreb north', 'Zagreb north'],
    ['LONG_TEXT', 'Line one', 'Line one'],
  ] as const)('%s reports a string', (type, typed, expected) => {
    const onValue = renderField(type);
    fireEvent.change(screen.getByLabelText('Field'), { target: { value: typed } });
    expect(last(onValue)).toBe(expected);
  });

  it('INTEGER reports a whole number, not a string', () => {
    const onValue = renderField('INTEGER');
    fireEvent.change(screen.getByLabelText('Field'), { target: { value: '42' } });
    expect(last(onValue)).toBe(42);
  });

  it('DECIMAL reports a number with its fraction', () => {
    const onValue = renderField('DECIMAL');
    fireEvent.change(screen.getByLabelText('Field'), { target: { value: '3.75' } });
    expect(last(onValue)).toBe(3.75);
  });

  it('DATE reports the day as YYYY-MM-DD', () => {
    const onValue = renderField('DATE');
    // The app's date field (written the UI language's way), not the browser's native date input.
    const input = screen.getByRole('textbox', { name: 'Field' });
    expect(input.getAttribute('type')).not.toBe('date');
    fireEvent.change(input, { target: { value: '2024-05-01' } });
    expect(last(onValue)).toBe('2024-05-01');
  });

  it('BOOLEAN reports true and false', () => {
    const onValue = renderField('BOOLEAN');
    const box = screen.getByRole('checkbox', { name: 'Field' });
    fireEvent.click(box);
    expect(last(onValue)).toBe(true);
    fireEvent.click(box);
    expect(last(onValue)).toBe(false);
  });

  it('CHOICE offers active choices and reports the chosen key', async () => {
    const onValue = renderField('CHOICE');
    fireEvent.click(screen.getByRole('combobox', { name: 'Field' }));
    expect(screen.queryByRole('option', { name: /Old region/ })).toBeNull();
    fireEvent.click(await screen.findByRole('option', { name: 'South' }));
    expect(last(onValue)).toBe('south');
  });

  it('CHOICE keeps showing a deactivated choice the record still has', () => {
    renderField('CHOICE', {}, 'old');
    expect((screen.getByRole('combobox', { name: 'Field' }) as HTMLInputElement).value).toMatch(/^Old region/);
  });

  it('MULTI_CHOICE reports a list of keys', async () => {
    const onValue = renderField('MULTI_CHOICE');
    fireEvent.click(screen.getByRole('combobox', { name: 'Field' }));
    fireEvent.click(await screen.findByRole('option', { name: 'North' }));
    await waitFor(() => expect(last(onValue)).toEqual(['north']));
  });

  it('labels the field in the user language and marks required ones', () => {
    renderField('TEXT', { required: true, labels: { en: 'Territory', pl: 'Region', hr: 'Regija', cs: 'Oblast' } });
    const input = screen.getByLabelText(/Territory/);
    expect(input.hasAttribute('required')).toBe(true);
  });
});

describe('attribute validation in forms', () => {
  it('uses the shared rules: required and type errors by key', () => {
    const defs = [definition('INTEGER', { key: 'employees', required: true }), definition('CHOICE', { key: 'region' })];
    expect(attributeErrors(defs, { region: 'old' })).toEqual({
      employees: 'validation.required',
      region: 'validation.attribute.choice',
    });
    expect(attributeErrors(defs, { employees: 12 })).toBeNull();
  });
});
