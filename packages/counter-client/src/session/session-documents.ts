import { graphql } from '../gql';

/** What the app needs to know of the signed-in staff member, from `login` and `me` alike. */
export const staffSessionFieldsFragment = graphql(`
  fragment StaffSessionFields on Staff {
    id
    username
    displayName
    role
    halls {
      id
      name
    }
  }
`);

/** Who the stored token belongs to, after a reload. */
export const meQuery = graphql(`
  query Me {
    me {
      ...StaffSessionFields
    }
  }
`);

/** Exchanges a username and password for a session token. */
export const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      staff {
        ...StaffSessionFields
      }
    }
  }
`);

/** Revokes the current session token on the server. */
export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
