using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// ExecuteField (spec #sec-Executing-Fields): coerce arguments, resolve the value, complete it. A Non-Null field's
/// value is completed as its nullable type's; the object that stores it raises the null (see <c>Store</c>), so a
/// pending field costs one continuation, not one more for the check.
/// </summary>
internal sealed partial class OperationExecutor
{
    private ValueTask<object?> ExecuteFieldAsync(CollectedField selection, ObjectType objectType, object? objectValue, LazyPath path)
    {
        ValueTask<object?> value = StartField(selection, objectType, objectValue, path, out bool resolving);
        return resolving ? AwaitResolverAsync(value, selection, path) : value;
    }

    /// <summary>
    /// Starts the field: its completed value, or (<paramref name="resolving"/>) its resolver's pending result, which
    /// the caller completes once it is there, as <see cref="AwaitResolverAsync"/> does. An object waiting on one field
    /// completes it in its own continuation, so a field fed by a loader costs one continuation, not two.
    /// </summary>
    private ValueTask<object?> StartField(CollectedField selection, ObjectType objectType, object? objectValue, LazyPath path, out bool resolving)
    {
        resolving = false;
        // A timed-out or cancelled request starts no more resolvers; its answer is HC0045 or HC0049 alone.
        if (RequestAborted.IsCancellationRequested)
        {
            return new ValueTask<object?>(Invalid);
        }

        OutputField? field = selection.Field;
        if (field is null)
        {
            // __typename (spec #sec-Type-Name-Introspection) is answered by the executor on every object type.
            return new ValueTask<object?>(objectType.Name);
        }

        // Spec #sec-Coercing-Field-Arguments: literal-only arguments were coerced once, when the plan was built.
        IReadOnlyDictionary<string, object?>? arguments = selection.StaticArguments;
        GraphQLError? argumentError = selection.StaticArgumentError;
        if (arguments is null)
        {
            arguments = ArgumentCoercion.Coerce(field.Arguments, selection.Nodes[0].Arguments, Variables, out argumentError);
        }

        if (argumentError is not null)
        {
            AddError(argumentError.WithPath(path.Materialize()), selection);
            return new ValueTask<object?>(Invalid);
        }

        // @authorize rules were read at schema build; a field without any costs this one check.
        if (field.Authorization is { ChecksDuringExecution: true } authorization)
        {
            return ExecuteGuardedFieldAsync(authorization, selection, objectType, objectValue, path, arguments);
        }

        // Spec #sec-Value-Resolution.
        FieldResolver? resolver = field.Resolver;
        if (resolver is null)
        {
            object? resolved;
            try
            {
                resolved = DefaultFieldResolver.Read(objectValue, field.Name);
            }
            catch (Exception ex)
            {
                HandleFieldError(ex, selection, path);
                return new ValueTask<object?>(Invalid);
            }

            return _completer.CompleteValueAsync(field.Type.NullableType(), selection, resolved, path);
        }

        ResolverContext context = RentContext(field.IsPure);
        context.Initialize(selection, objectType, objectValue, path, arguments);
        ValueTask<object?> pending;
        try
        {
            pending = resolver(context);
        }
        catch (Exception ex)
        {
            HandleFieldError(ex, selection, path);
            return new ValueTask<object?>(Invalid);
        }

        if (pending.IsCompletedSuccessfully)
        {
            return _completer.CompleteValueAsync(field.Type.NullableType(), selection, pending.Result, path);
        }

        // A resolver that already failed reports its error now, in the order the fields started.
        if (pending.IsCompleted)
        {
            return AwaitResolverAsync(pending, selection, path);
        }

        resolving = true;
        return pending;
    }

    private async ValueTask<object?> AwaitResolverAsync(ValueTask<object?> resolving, CollectedField selection, LazyPath path)
    {
        object? resolved;
        try
        {
            resolved = await resolving.ConfigureAwait(true);
        }
        catch (Exception ex)
        {
            HandleFieldError(ex, selection, path);
            return Invalid;
        }

        return await _completer.CompleteValueAsync(selection.Field!.Type.NullableType(), selection, resolved, path).ConfigureAwait(true);
    }

    /// <summary>Spec #sec-Handling-Execution-Errors: a raised error becomes a field error at the field's position.</summary>
    internal void HandleFieldError(Exception exception, CollectedField selection, LazyPath path)
    {
        switch (exception)
        {
            case GraphQLException graphQLException:
                foreach (GraphQLError error in graphQLException.Errors)
                {
                    AddError(error.Path is null ? error.WithPath(path.Materialize()) : error, selection);
                }

                break;

            // Once the request is aborted, a failure is its consequence (a database reporting an interrupted statement).
            case Exception when RequestAborted.IsCancellationRequested:
                AddError(new GraphQLError(ExecutionMessages.Cancelled, ErrorCodes.ExecutionCancelled, path: path.Materialize()), selection);
                break;

            case Exception when _options.ErrorFilter?.Invoke(exception) is { } filtered:
                AddError(filtered.WithPath(path.Materialize()), selection);
                break;

            default:
                Dictionary<string, object?>? details = null;
                if (_options.IncludeExceptionDetails)
                {
                    details = new(StringComparer.Ordinal)
                    {
                        ["message"] = exception.Message,
                        ["stackTrace"] = exception.StackTrace,
                    };
                }

                AddError(
                    new GraphQLError(ExecutionMessages.UnexpectedExecutionError, ErrorCodes.UnexpectedExecutionError, path: path.Materialize(), extensions: details, exception: exception),
                    selection);
                break;
        }
    }
}
