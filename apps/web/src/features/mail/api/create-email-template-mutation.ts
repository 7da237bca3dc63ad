// Creates a template (subject, sanitised HTML body, merge fields checked by the API).
import { graphql } from '@veza/shared/graphql';

export const CreateEmailTemplateMutation = graphql(`
  mutation CreateEmailTemplate($input: EmailTemplateInput!) {
    createEmailTemplate(input: $input) {
      ...EmailTemplateFields
    }
  }
`);
