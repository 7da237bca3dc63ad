// "Export CSV" / "Export Excel": the current filter, sort and visible columns in their order.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportRequest } from '../api/export-clients.ts';
import { useExportClients } from '../hooks/use-export-clients.ts';

export function ExportButtons({ request }: { request: () => Omit<ExportRequest, 'format'> }) {
  const { t } = useTranslation();
  const { run, running } = useExportClients();
  return (
    <Group gap="xs">
      <Button
        variant="default"
        loading={running === 'csv'}
        disabled={running !== null}
        onClick={() => void run({ ...request(), format: 'csv' })}
      >
        {t('clients.exportCsv')}
      </Button>
      <Button
        variant="default"
        loading={running === 'xlsx'}
        disabled={running !== null}
        onClick={() => void run({ ...request(), format: 'xlsx' })}
      >
        {t('clients.exportExcel')}
      </Button>
    </Group>
  );
}
