// A template as the templates page lists and edits it; read by the list and returned by create and update alike.
import { graphql } from '@veza/shared/graphql';

export const EmailTemplateFieldsFragment = graphql(`
  fragment EmailTemplateFields on EmailTemplate {
    id
    name
    language
    subject
    bodyHtml
    version
    updatedAt
  }
`);
