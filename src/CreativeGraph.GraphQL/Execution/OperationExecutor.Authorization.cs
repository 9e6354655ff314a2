using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Fields guarded by <c>@authorize</c>: each <c>BEFORE_RESOLVER</c> rule is checked before the resolver runs, each
/// <c>AFTER_RESOLVER</c> rule after it and before its value is completed. A denial is a field error (spec
/// #sec-Handling-Execution-Errors): the field is null, with path and locations, and a non-null field propagates it.
/// </summary>
internal sealed partial class OperationExecutor
{
    private IAuthorizationHandler? _authorizationHandler;

    // Looked up once per request, and only when a guarded field is reached.
    private IAuthorizationHandler? AuthorizationHandler =>
        _authorizationHandler ??= Services.GetService(typeof(IAuthorizationHandler)) as IAuthorizationHandler;

    private async ValueTask<object?> ExecuteGuardedFieldAsync(
        FieldAuthorization authorization,
        CollectedField selection,
        ObjectType objectType,
        object? objectValue,
        LazyPath path,
        IReadOnlyDictionary<string, object?> arguments)
    {
        OutputField field = selection.Field!;

        // The rules are awaited, so the field gets a context of its own even when its resolver is pure.
        ResolverContext context = new(this);
        context.Initialize(selection, objectType, objectValue, path, arguments);
        object? resolved;
        try
        {
            if (!await IsAllowedAsync(authorization.BeforeResolver, context).ConfigureAwait(true))
            {
                return Invalid;
            }

            resolved = field.Resolver is { } resolver
                ? await resolver(context).ConfigureAwait(true)
                : DefaultFieldResolver.Read(objectValue, field.Name);

            if (!await IsAllowedAsync(authorization.AfterResolver, context).ConfigureAwait(true))
            {
                return Invalid;
            }
        }
        catch (Exception ex)
        {
            HandleFieldError(ex, selection, path);
            return Invalid;
        }

        return await _completer.CompleteValueAsync(field.Type.NullableType(), selection, resolved, path).ConfigureAwait(true);
    }

    // Every rule must admit the caller (the directive is repeatable); the first denial is the field's error.
    private async ValueTask<bool> IsAllowedAsync(AuthorizeDirective[] rules, ResolverContext context)
    {
        foreach (AuthorizeDirective rule in rules)
        {
            GraphQLError denial;
            if (AuthorizationHandler is not { } handler)
            {
                denial = AuthorizationErrors.NoHandler(context.Field.Coordinate);
            }
            else
            {
                AuthorizeResult result = await handler.AuthorizeAsync(context, rule).ConfigureAwait(true);
                if (result == AuthorizeResult.Allowed)
                {
                    continue;
                }

                denial = AuthorizationErrors.Denied(result, context.Field.Coordinate, rule.Policy);
            }

            AddError(denial.WithPath(context.Path), context.Selection);
            return false;
        }

        return true;
    }
}
