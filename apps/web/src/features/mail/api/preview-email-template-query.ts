// Unsaved template content rendered for a real person, as it would be sent (subject, HTML, plain-text part).
import { graphql } from '@veza/shared/graphql';

export const PreviewEmailTemplateQuery = graphql(`
  query PreviewEmailTemplate($input: PreviewEmailTemplateInput!) {
    previewEmailTemplate(input: $input) {
      subject
      html
      text
      salutation
    }
  }
`);
