// Every offered activity type icon has its own drawing; anything else falls back to a neutral dot of the same size.
import { ACTIVITY_TYPE_ICONS } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { ActivityTypeIcon } from './activity-type-icon.tsx';

const svgClass = (root: Element) => root.querySelector('svg.tabler-icon')?.getAttribute('class') ?? null;

describe('activity type icon', () => {
  it('draws a different Tabler icon for each offered key', () => {
    const { container } = renderWithProviders(
      <>
        {ACTIVITY_TYPE_ICONS.map((icon) => (
          <ActivityTypeIcon key={icon} icon={icon} color="#1e88e5" />
        ))}
      </>,
    );
    const marks = [...container.querySelectorAll('[data-icon]')];
    expect(marks.map((m) => m.getAttribute('data-icon'))).toEqual([...ACTIVITY_TYPE_ICONS]);
    const drawings = marks.map(svgClass);
    expect(drawings.every(Boolean)).toBe(true);
    expect(new Set(drawings).size).toBe(ACTIVITY_TYPE_ICONS.length);
  });

  it('draws the phone for "phone", as a mark and as a bare glyph', () => {
    const { container } = renderWithProviders(
      <>
        <ActivityTypeIcon icon="phone" color="#1e88e5" />
        <ActivityTypeIcon icon="phone" variant="glyph" size={12} />
      </>,
    );
    const [mark, glyph] = [...container.querySelectorAll('[data-icon="phone"]')];
    expect(svgClass(mark!)).toContain('tabler-icon-phone');
    expect(glyph!.matches('svg.tabler-icon-phone')).toBe(true);
    expect(glyph!.getAttribute('width')).toBe('12');
  });

  it.each([['rocket'], [null], [undefined], [42]])('shows a neutral dot, not an icon, for %s', (icon) => {
    const { container } = renderWithProviders(
      <>
        <ActivityTypeIcon icon={icon} color="#fb8c00" />
        <ActivityTypeIcon icon={icon} variant="glyph" size={12} />
      </>,
    );
    expect(container.querySelectorAll('[data-icon="none"]')).toHaveLength(2);
    expect(container.querySelector('.tabler-icon')).toBeNull();
  });
});
