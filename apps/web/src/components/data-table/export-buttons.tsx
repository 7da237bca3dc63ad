// "Export CSV" / "Export Excel": the current filter, sort and visible columns in their order.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportRequest } from './download-export.ts';
import { useExport } from './use-export.ts';

/** `url`: the list's export endpoint, e.g. /export/clients. */
export function ExportButtons({ url, request }: { url: string; request: () => Omit<ExportRequest, 'format'> }) {
  const { t } = useTranslation();
  const { run, running } = useExport(url);
  return (
    <Group gap="xs">
      <Button
        variant="default"
        loading={running === 'csv'}
        disabled={running !== null}
        onClick={() => void run({ ...request(), format: 'csv' })}
      >
        {t('dataTable.exportCsv')}
      </Button>
      <Button
        variant="default"
        loading={running === 'xlsx'}
        disabled={running !== null}
        onClick={() => void run({ ...request(), format: 'xlsx' })}
      >
        {t('dataTable.exportExcel')}
      </Button>
    </Group>
  );
}
