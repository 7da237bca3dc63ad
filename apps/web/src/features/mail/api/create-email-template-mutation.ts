import { graphql } from '@veza/shared/graphql';

export const CreateEmailTemplateMutation = graphql(`
  mutation CreateEmailTemplate($input: EmailTemplateInput!) {
    createEmailTemplate(input: $input) {
      id
      name
      language
      subject
      bodyHtml
      version
      updatedAt
    }
  }
`);
