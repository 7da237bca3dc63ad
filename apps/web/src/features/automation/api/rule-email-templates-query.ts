// The e-mail templates a rule's "send an e-mail template" action can pick.
import { graphql } from '@veza/shared/graphql';

export const RuleEmailTemplatesQuery = graphql(`
  query RuleEmailTemplates {
    emailTemplates(first: 100) {
      edges {
        node {
          id
          name
          language
        }
      }
    }
  }
`);
