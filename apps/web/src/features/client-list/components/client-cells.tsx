// Cell renderers of the client list: dictionary values with their colour, attribute values, dates, lists.
import { Anchor, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { labelIn } from '@veza/shared';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { FilterAttribute } from '../../../components/filter-builder/index.ts';
import { dateTimeFormat, numberFormat } from '../../../lib/format.ts';

// Plain elements with constant styles: a list renders these for every row coming into view while scrolling, where
// Mantine's Box (style props, theme lookups) cost most of a frame.
const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const block = { ...ellipsis, display: 'block' } as const;
const dictionaryRow = { display: 'flex', alignItems: 'center', gap: 6, flexWrap: 'nowrap' } as const;
const dot = { width: 9, height: 9, borderRadius: '50%', flex: 'none' } as const;

export function TextCell({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <span style={block} title={text}>
      {text}
    </span>
  );
}

// What <Anchor size="sm" fw={500} display="block"> renders, as a plain link: Anchor is a Mantine Box, and the name
// cell is in every row that scrolls into view.
const ANCHOR_CLASS = `mantine-focus-auto mantine-Anchor-root ${Anchor.classes.root} mantine-Text-root ${Text.classes.root}`;
const nameStyle = {
  ...ellipsis,
  display: 'block',
  fontWeight: 500,
  '--text-fz': 'var(--mantine-font-size-sm)',
  '--text-lh': 'var(--mantine-line-height-sm)',
} as CSSProperties;

export function NameCell({ id, name }: { id: string; name: string }) {
  return (
    <Link to={`/clients/${id}`} className={ANCHOR_CLASS} data-underline="hover" style={nameStyle} title={name}>
      {name}
    </Link>
  );
}

export function DictionaryCell({ value }: { value: { label: string; color?: string | null } | null | undefined }) {
  if (!value) return null;
  return (
    <div style={dictionaryRow} title={value.label}>
      <span aria-hidden style={{ ...dot, background: value.color ?? 'var(--mantine-color-gray-4)' }} />
      <span style={ellipsis}>{value.label}</span>
    </div>
  );
}

export interface Formatters {
  t: TFunction;
  language: string;
  date: (iso: string | null | undefined) => string;
  day: (day: string) => string;
  number: (n: number) => string;
}

export function makeFormatters(t: TFunction, language: string, timeZone: string): Formatters {
  const dateFormat = dateTimeFormat(language, { dateStyle: 'medium', timeZone });
  const dayFormat = dateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const numbers = numberFormat(language);
  return {
    t,
    language,
    date: (iso) => (iso ? dateFormat.format(new Date(iso)) : ''),
    day: (day) => {
      const date = new Date(`${day}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
    },
    number: (n) => numbers.format(n),
  };
}

/** An attribute value as text in the UI language: choices by their label, dates and numbers localised. */
export function attributeText(attribute: FilterAttribute, value: unknown, f: Formatters): string {
  if (value === null || value === undefined || value === '') return '';
  const choice = (key: unknown) => {
    const c = attribute.choices.find((ch) => ch.key === key);
    return c ? labelIn(c.labels, f.language) || c.label : String(key);
  };
  switch (attribute.type) {
    case 'BOOLEAN':
      return value ? f.t('filter.yes') : f.t('filter.no');
    case 'INTEGER':
    case 'DECIMAL':
      return typeof value === 'number' ? f.number(value) : String(value);
    case 'DATE':
      return f.day(String(value));
    case 'CHOICE':
      return choice(value);
    case 'MULTI_CHOICE':
      return Array.isArray(value) ? value.map(choice).join(', ') : choice(value);
    default:
      return String(value);
  }
}
