// The login page: e-mail (or a directory user name) + password; a wrong pair gets one generic message so accounts cannot be probed.
import { Alert, Box, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { LoginInput } from '@veza/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field.tsx';
import { LanguageSelect } from '../../../components/language-select.tsx';
import { changeLocale } from '../../../i18n/index.ts';
import { fieldError } from '../../../lib/form-errors.ts';
import { hasErrorCode } from '../../../lib/graphql-errors.ts';
import { schemaResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { LoginMutation } from '../api/login-mutation.ts';
import { MeQuery } from '../api/me-query.ts';
import { BrandMark } from './brand-mark.tsx';

const resolver = schemaResolver(LoginInput);

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const [login] = useMutation(LoginMutation);
  const form = useForm({ resolver, defaultValues: { email: '', password: '' } });
  const {
    register,
    formState: { errors },
  } = form;
  const { onSubmit, formError, saving } = useFormSubmit({
    form,
    fields: ['email', 'password'],
    save: (values) =>
      login({
        variables: values,
        update: (cache, { data }) => {
          if (data) cache.writeQuery({ query: MeQuery, data: { me: data.login } });
        },
      }),
    // The session query now answers with the user: the app shell replaces this page.
    onClose: () => undefined,
    errorMessage: (error) => (hasErrorCode(error, 'UNAUTHENTICATED') ? t('login.wrongCredentials') : null),
  });

  return (
    // One main landmark holds everything, so screen-reader users can jump to the form (axe "region").
    <Center component="main" mih="100vh" bg="gray.0" p="md">
      <Box w="100%" maw={400}>
        <Stack align="center" gap={4} mb="lg">
          <BrandMark size={40} />
          <Title order={1} size="h2">
            {t('app.name')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('login.subtitle')}
          </Text>
        </Stack>
        <Paper p="xl" shadow="sm">
          <form onSubmit={onSubmit} noValidate aria-label={t('login.title')}>
            <Stack>
              <Title order={2} size="h4">
                {t('login.title')}
              </Title>
              {formError && (
                <Alert color="red" variant="light" role="alert">
                  {formError}
                </Alert>
              )}
              <TextInput
                label={t('login.email')}
                // Directory users sign in with a user name (e.g. jnovak), local users with their e-mail.
                type="text"
                inputMode="email"
                autoCapitalize="none"
                autoComplete="username"
                autoFocus
                {...register('email')}
                error={fieldError(t, errors.email)}
              />
              <PasswordField
                label={t('login.password')}
                autoComplete="current-password"
                {...register('password')}
                error={fieldError(t, errors.password)}
              />
              <Button type="submit" loading={saving} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Box mt="md" maw={200} mx="auto">
          <LanguageSelect size="xs" value={i18n.language} onChange={(l) => void changeLocale(l)} />
        </Box>
      </Box>
    </Center>
  );
}
