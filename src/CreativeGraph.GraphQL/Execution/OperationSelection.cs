using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>GetOperation (spec #sec-Executing-Requests): picks the operation a request runs.</summary>
internal static class OperationSelection
{
    public static OperationDefinitionNode? Select(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        int count = 0;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null)
            {
                found ??= operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (operationName is not null)
        {
            error = new GraphQLError(ExecutionMessages.UnknownOperation(operationName), ErrorCodes.ExecutionOperationNotFound);
            return null;
        }

        if (count == 1)
        {
            return found;
        }

        error = new GraphQLError(
            count == 0 ? ExecutionMessages.NoOperation : ExecutionMessages.OperationNameRequired,
            ErrorCodes.ExecutionOperationNameRequired);
        return null;
    }
}
