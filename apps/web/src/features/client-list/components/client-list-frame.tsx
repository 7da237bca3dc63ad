// The client list page's frame — its title, description, the toolbar's and the table's places with placeholder rows —
// shown while the page's chunk (toolbar, filter builder, table) loads: the app opening on /clients paints the page's
// real header with the shell instead of a spinner (docs/PERFORMANCE.md, "Session 9"). Plain elements with Mantine's CSS
// variables in the layout of PageHeader, Card and DataTable (their modules are not in the first load).
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

const header: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'space-between',
  alignItems: 'flex-end',
  gap: 'var(--mantine-spacing-md)',
  marginBottom: 'var(--mantine-spacing-lg)',
};
const title: CSSProperties = {
  margin: 0,
  fontFamily: 'var(--mantine-font-family-headings)',
  fontSize: 'var(--mantine-h2-font-size)',
  lineHeight: 'var(--mantine-h2-line-height)',
  fontWeight: 600,
};
const description: CSSProperties = {
  margin: '4px 0 0',
  fontSize: 'var(--mantine-font-size-sm)',
  lineHeight: 'var(--mantine-line-height-sm)',
  color: 'var(--mantine-color-dimmed)',
};
const card: CSSProperties = {
  padding: 'var(--mantine-spacing-md)',
  border: '1px solid var(--mantine-color-gray-3)',
  borderRadius: 'var(--mantine-radius-md)',
  background: 'var(--mantine-color-body)',
};
const bar = (width: number | string, height = 12): CSSProperties => ({
  width,
  height,
  borderRadius: 'var(--mantine-radius-sm)',
  background: 'var(--mantine-color-gray-1)',
});
const toolbar: CSSProperties = { display: 'flex', gap: 'var(--mantine-spacing-sm)', alignItems: 'flex-end' };
// DataTable's scroll box and row height.
const table: CSSProperties = {
  height: 'max(360px, calc(100vh - 300px))',
  overflow: 'hidden',
  marginTop: 'var(--mantine-spacing-sm)',
};
const row: CSSProperties = {
  height: 41,
  display: 'flex',
  alignItems: 'center',
  gap: 'var(--mantine-spacing-lg)',
  padding: '0 10px',
  borderBottom: '1px solid var(--mantine-color-gray-3)',
};
const ROWS = 12;
const CELLS = [22, 10, 14, 12, 16];

export function ClientListFrame() {
  const { t } = useTranslation();
  return (
    <div aria-busy>
      <div style={header}>
        <div>
          <h1 style={title}>{t('clients.title')}</h1>
          <p style={description}>{t('clients.description')}</p>
        </div>
      </div>
      <div style={card}>
        <div style={toolbar}>
          <div style={bar('min(280px, 100%)', 36)} />
          <div style={bar(80, 36)} />
          <div style={bar(90, 36)} />
        </div>
        <div style={table} role="status" aria-label={t('common.loading')}>
          {Array.from({ length: ROWS }, (_, i) => (
            <div key={i} style={row} aria-hidden>
              {CELLS.map((width, j) => (
                <div key={j} style={bar(`${width - ((i * 3 + j * 5) % 6)}%`, i === 0 ? 14 : 12)} />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
