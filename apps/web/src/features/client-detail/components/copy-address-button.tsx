// "Copy address": puts a letter-ready address block on the clipboard and confirms it with a toast.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { addressBlock, type AddressParts } from '../lib/address-block.ts';

interface Props {
  parts: AddressParts;
  name: string;
  /** A page action (default button) rather than a small one inside a card. */
  pageAction?: boolean;
}

export function CopyAddressButton({ parts, name, pageAction }: Props) {
  const { t, i18n } = useTranslation();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(addressBlock(parts, i18n.language));
      notifySuccess(t('addressBlock.copied'));
    } catch {
      notifyError(t('addressBlock.failed'));
    }
  };
  return (
    <Button
      size={pageAction ? undefined : 'xs'}
      variant={pageAction ? 'default' : 'subtle'}
      onClick={() => void copy()}
      aria-label={t('addressBlock.copyNamed', { name })}
    >
      {t('addressBlock.copy')}
    </Button>
  );
}
