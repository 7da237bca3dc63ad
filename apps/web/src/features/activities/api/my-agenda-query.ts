// The logged-in user's planned activities of the coming days and the overdue ones (home screen).
import { graphql } from '@veza/shared/graphql';

export const MyAgendaQuery = graphql(`
  query MyAgenda($days: Int) {
    myAgenda(days: $days) {
      upcoming {
        ...ActivityRowFields
      }
      overdue {
        ...ActivityRowFields
      }
    }
  }
`);
