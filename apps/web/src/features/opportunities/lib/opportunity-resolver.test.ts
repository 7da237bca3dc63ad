// The opportunity form checks user-defined attributes with the shared rules before sending, next to its own schema.
import { describe, expect, it } from 'vitest';
import type { ResolverOptions } from 'react-hook-form';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { attributeFilterInput } from '../components/attribute-filter.tsx';
import { opportunityResolver, type OpportunityFormValues } from './opportunity-resolver.ts';

const region: AttributeFieldDefinition = {
  key: 'region',
  type: 'CHOICE',
  required: true,
  active: true,
  labels: { en: 'Region' },
  choices: [
    { key: 'north', labels: { en: 'North' }, active: true },
    { key: 'old', labels: { en: 'Old' }, active: false },
  ],
};

const values = (attributes: Record<string, unknown>): OpportunityFormValues => ({
  name: 'Fleet renewal',
  clientId: 'client-1',
  amount: '1234.50',
  currency: 'EUR',
  description: '',
  attributes,
});

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<OpportunityFormValues>;

describe('opportunity form resolver', () => {
  it('refuses a missing required attribute and an inactive choice, on the attribute', async () => {
    const resolver = opportunityResolver([region]);
    const missing = await resolver(values({}), undefined, options);
    expect(missing.errors.attributes).toMatchObject({ region: { message: 'validation.required' } });
    const inactive = await resolver(values({ region: 'old' }), undefined, options);
    expect(inactive.errors.attributes).toHaveProperty('region');
  });

  it('keeps an unchanged old value whose choice was deactivated since', async () => {
    const result = await opportunityResolver([region], { region: 'old' })(
      values({ region: 'old' }),
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
  });

  it('sends every active attribute, a cleared one as null', async () => {
    const optional = { ...region, key: 'segment', required: false };
    const result = await opportunityResolver([region, optional])(values({ region: 'north' }), undefined, options);
    expect(result.values).toMatchObject({ attributes: { region: 'north', segment: null } });
  });
});

describe('attribute filter', () => {
  it('sends only conditions with a value', () => {
    expect(attributeFilterInput({ region: '' })).toBeNull();
    expect(attributeFilterInput({ region: 'north', vip: false })).toEqual({ region: 'north', vip: false });
    expect(attributeFilterInput(null)).toBeNull();
  });
});
