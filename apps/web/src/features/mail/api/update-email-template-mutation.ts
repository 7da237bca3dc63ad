import { graphql } from '@veza/shared/graphql';

export const UpdateEmailTemplateMutation = graphql(`
  mutation UpdateEmailTemplate($id: ID!, $input: UpdateEmailTemplateInput!) {
    updateEmailTemplate(id: $id, input: $input) {
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
