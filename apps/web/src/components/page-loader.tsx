// Centered spinner while a page or its data loads.
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center h={240} role="status" aria-label={t('common.loading')}>
      <Loader />
    </Center>
  );
}
