// Form kit: the modal and the form layout every edit dialog shares. `FormModal` mounts its form only while open and
// again for another record (`formKey`, see lib/record-key.ts), so a form starts from its record's values without
// effects; `FormShell` lays out the conflict notice, the form-level error, the fields and Cancel / Save.
// On a phone (narrower than 36em) the dialog fills the screen and the buttons stay at the bottom, thumb-sized.
import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import { createContext, useContext, type BaseSyntheticEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from './conflict-alert.tsx';
import { usePhone } from '../lib/use-phone.ts';
import { ErrorAlert } from './error-alert.tsx';
import './form-modal.css';

export function FormModal(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalProps['size'];
  formKey?: string;
  children: ReactNode;
}) {
  const phone = usePhone();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size={props.size}
      fullScreen={phone}
      transitionProps={phone ? { transition: 'fade', duration: 150 } : undefined}
    >
      {props.opened && (
        <FullScreenForm.Provider value={phone}>
          <Stack key={props.formKey ?? 'form'}>{props.children}</Stack>
        </FullScreenForm.Provider>
      )}
    </Modal>
  );
}

/** Set by `FormModal` while it fills a phone's screen: `FormShell` then keeps its buttons at the bottom edge. */
const FullScreenForm = createContext(false);

/** What `useFormSubmit` returns that the layout needs. */
export interface SubmitState {
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  close: () => void;
  formError: string | null;
  conflict: boolean;
  saving: boolean;
}

export function FormShell(props: {
  submit: SubmitState;
  /** Reloads the record after a stale-version conflict (the form then remounts with fresh values). */
  onReload?: () => void;
  submitLabel?: string;
  /** An in-page form that is always open has no Cancel. */
  noCancel?: boolean;
  submitDisabled?: boolean;
  /** A closing action's colour (green for won, red for lost). */
  submitColor?: string;
  /** For end-to-end tests that pick the submit among several buttons. */
  submitTestId?: string;
  /** The form's accessible name, where no dialog title names it. */
  label?: string;
  /** Extra buttons left of Cancel (e.g. "save and close the call"). */
  extraActions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const phone = useContext(FullScreenForm);
  const { submit } = props;
  // A dialog opened from inside another form is portalled but still inside it in React's tree: keep its submit.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    void submit.onSubmit(event);
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.label} className={phone ? 'veza-form-phone' : undefined}>
      <Stack>
        {submit.conflict && props.onReload && <ConflictAlert onReload={props.onReload} />}
        <ErrorAlert message={submit.formError} />
        {props.children}
        <Group justify="flex-end" data-testid="form-actions" className={phone ? 'veza-form-actions-phone' : undefined}>
          {props.extraActions}
          {!props.noCancel && (
            <Button variant="default" onClick={submit.close} size={phone ? 'md' : undefined}>
              {t('common.cancel')}
            </Button>
          )}
          <Button
            type="submit"
            loading={submit.saving}
            disabled={props.submitDisabled}
            color={props.submitColor}
            size={phone ? 'md' : undefined}
            data-testid={props.submitTestId}
          >
            {props.submitLabel ?? t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
