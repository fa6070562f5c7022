// Who may run an operation is decided once per request, before any resolver runs and before the
// variables are read: a township user calling a county-only mutation is FORBIDDEN, whatever it sent.
import { ApolloServerPlugin } from '@apollo/server';
import { FragmentDefinitionNode, GraphQLError, GraphQLObjectType, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { AuthUser, CommonReason, DomainError, Role } from '@gridhr/common';
import { AuthService } from './auth.service';
import { passwordChangeRequired, SignedInUser } from './password-change';

/** The root field names an operation selects, following fragments and inline fragments. */
export function rootFields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) names.push(...rootFields(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      names.push(...rootFields(fragments[selection.name.value].selectionSet, fragments, seen));
    }
  }
  return names;
}

function refuse(error: DomainError, status: number): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, reason: error.reason, http: { status } } });
}

/**
 * Authenticates the bearer token once per request (not once per root field) and checks the roles each
 * root field declares (@Roles keeps them in the field's extensions); a user still to change a one-time
 * password may call only the fields marked @AllowedBeforePasswordChange. The resolvers' guard finds the
 * user on the request and checks again.
 */
export function accessPlugin(auth: AuthService): ApolloServerPlugin<{ req: { user?: AuthUser; headers: Record<string, string | undefined> } }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, schema }) {
          if (!operation) return;
          const root =
            operation.operation === 'mutation'
              ? schema.getMutationType()
              : operation.operation === 'subscription'
                ? schema.getSubscriptionType()
                : schema.getQueryType();
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const fields = [...new Set(rootFields((operation as OperationDefinitionNode).selectionSet, fragments))].filter((n) => !n.startsWith('__'));
          const defs = (root as GraphQLObjectType | null | undefined)?.getFields() ?? {};
          const guarded = fields.filter((name) => defs[name] && !defs[name].extensions?.public);
          if (!guarded.length) return;
          const req = contextValue.req;
          if (!req.user) {
            const match = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '');
            if (!match)
              throw refuse(new DomainError('UNAUTHENTICATED', CommonReason.UNAUTHENTICATED, 'Sign in first: send "Authorization: Bearer <token>"'), 401);
            try {
              req.user = await auth.authenticate(match[1]);
            } catch (error) {
              if (error instanceof DomainError) throw refuse(error, 401);
              throw error;
            }
          }
          const user = req.user;
          if ((user as SignedInUser).mustChangePassword) {
            const waiting = guarded.filter((name) => !defs[name].extensions?.beforePasswordChange);
            if (waiting.length) throw refuse(passwordChangeRequired(waiting.join(', ')), 403);
          }
          for (const name of guarded) {
            const roles = defs[name].extensions?.roles as Role[] | undefined;
            if (roles && !roles.includes(user.role)) {
              throw refuse(
                new DomainError('FORBIDDEN', CommonReason.ROLE_FORBIDDEN, `Your role ${user.role} may not call ${name} (needs ${roles.join(' or ')})`),
                403,
              );
            }
          }
        },
      };
    },
  };
}
