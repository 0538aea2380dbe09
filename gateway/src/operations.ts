import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

const refuse = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Client mistakes Apollo Gateway would otherwise meet at execution and answer with a 500: a document whose
 * operation cannot be chosen (several operations and no `operationName`, or an unknown one) and a subscription
 * (this graph serves none over HTTP). Both are refused as the client's errors, before any subgraph is called.
 */
export function operationChecksPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (!operation) {
            const count = document.definitions.filter((d) => d.kind === 'OperationDefinition').length;
            throw refuse(
              request.operationName
                ? `The document has no operation named "${request.operationName}"`
                : `The document has ${count} operations: say which one to run with operationName`,
              'OPERATION_RESOLUTION_FAILURE',
            );
          }
          if (operation.operation === 'subscription') {
            throw refuse('This graph serves no subscriptions over HTTP', 'GRAPHQL_VALIDATION_FAILED');
          }
        },
      };
    },
  };
}
