// Saves a template (optimistic concurrency by `version` in the input).
import { graphql } from '@veza/shared/graphql';

export const UpdateEmailTemplateMutation = graphql(`
  mutation UpdateEmailTemplate($id: ID!, $input: UpdateEmailTemplateInput!) {
    updateEmailTemplate(id: $id, input: $input) {
      ...EmailTemplateFields
    }
  }
`);
