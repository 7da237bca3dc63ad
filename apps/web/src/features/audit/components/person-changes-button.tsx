// A person's Changes (on the person's card of a client): a small button that opens the audit trail in a dialog.
import { Button, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangesTab } from './changes-tab.tsx';

export function PersonChangesButton({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const title = t('audit.personChanges', { name: personName });
  return (
    <>
      <Button size="xs" variant="subtle" onClick={() => setOpened(true)} aria-label={title}>
        {t('audit.tab')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} size="lg">
        {opened && <ChangesTab recordId={personId} kind="PERSON" />}
      </Modal>
    </>
  );
}
