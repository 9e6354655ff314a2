using System.Collections;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// CompleteValue (spec #sec-Value-Completion): Non-Null checks, lists, leaf result coercion, objects and
/// ResolveAbstractType. Returns the completed value, null, or <see cref="OperationExecutor.Invalid"/> for a
/// position that raised an execution error (already reported; spec #sec-Handling-Execution-Errors).
/// </summary>
internal sealed class ValueCompleter
{
    private static readonly object s_true = true;
    private static readonly object s_false = false;

    private readonly OperationExecutor _executor;

    public ValueCompleter(OperationExecutor executor)
    {
        _executor = executor;
    }

    public ValueTask<object?> CompleteValueAsync(IType type, CollectedField selection, object? result, LazyPath path)
    {
        if (type is NonNullType nonNull)
        {
            ValueTask<object?> inner = CompleteValueAsync(nonNull.OfType, selection, result, path);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(CheckNonNull(inner.Result, selection, path))
                : AwaitNonNullAsync(inner, selection, path);
        }

        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        switch (type)
        {
            case ListType list:
                return CompleteListAsync(list, selection, result, path);
            case ScalarType scalar:
                return new ValueTask<object?>(CompleteScalar(scalar, selection, result, path));
            case EnumType enumType:
                return new ValueTask<object?>(CompleteEnum(enumType, selection, result, path));
            case ObjectType objectType:
                return CompleteObjectAsync(objectType, selection, result, path);
            default:
                ObjectType? resolved = ResolveAbstractType((NamedType)type, selection, result, path);
                return resolved is null ? new ValueTask<object?>(OperationExecutor.Invalid) : CompleteObjectAsync(resolved, selection, result, path);
        }
    }

    // Spec CompleteValue, Non-Null: a null raises an execution error unless one was already raised here.
    private object? CheckNonNull(object? completed, CollectedField selection, LazyPath path)
    {
        if (completed is null)
        {
            RaiseNonNullViolation(selection, path);
            return OperationExecutor.Invalid;
        }

        return completed;
    }

    /// <summary>The execution error of a null in a Non-Null position (spec CompleteValue, Non-Null).</summary>
    public void RaiseNonNullViolation(CollectedField selection, LazyPath path) =>
        _executor.AddError(
            new GraphQLError(ExecutionMessages.NonNullViolation(selection.Field!), ErrorCodes.ExecutionNonNullViolation, path: path.Materialize()),
            selection);

    private async ValueTask<object?> AwaitNonNullAsync(ValueTask<object?> inner, CollectedField selection, LazyPath path) =>
        CheckNonNull(await inner.ConfigureAwait(true), selection, path);

    private ValueTask<object?> CompleteObjectAsync(ObjectType objectType, CollectedField selection, object result, LazyPath path)
    {
        SelectionSetPlan subfields = selection.GetSubfields(objectType, _executor.Plan.Collector);
        return _executor.ExecuteCollectedFieldsAsync(subfields, result, path);
    }

    private ValueTask<object?> CompleteListAsync(ListType list, CollectedField selection, object result, LazyPath path)
    {
        if (result is string || result is not IEnumerable items)
        {
            return new ValueTask<object?>(Fail(ExecutionMessages.ListExpected(selection.Field!), ErrorCodes.ExecutionInvalidResult, selection, path));
        }

        // Items of a field's list extend the field's lazy position; items of a nested list build the list's path once.
        ResponsePath? nestedListPath = path.HasIndex ? path.Materialize() : null;
        IType itemType = list.OfType;
        bool itemNonNull = itemType.IsNonNull();
        IReadOnlyList<object?> source = AsList(items);

        // @stream applies to the field's own list, not to the lists nested in its items (as in graphql-js 17).
        StreamUsage? stream = _executor.Incremental is not null && nestedListPath is null ? selection.Stream : null;
        if (stream?.Error is { } streamError)
        {
            _executor.AddError(streamError.WithPath(path.Materialize()), selection);
            return new ValueTask<object?>(OperationExecutor.Invalid);
        }

        int count = stream is null ? source.Count : Math.Min(stream.InitialCount, source.Count);
        object?[] completed = count == 0 ? [] : new object?[count];
        List<(int Index, Task<object?> Task)>? pending = null;

        // Non-Null items are completed as their nullable type; a null is raised here, pending or not.
        IType completedType = itemType.NullableType();
        for (int index = 0; index < completed.Length; index++)
        {
            LazyPath itemPath = nestedListPath is null ? path.WithIndex(index) : LazyPath.Item(nestedListPath, index);
            ValueTask<object?> value = CompleteValueAsync(completedType, selection, source[index], itemPath);
            if (value.IsCompletedSuccessfully)
            {
                object? v = itemNonNull ? CheckNonNull(value.Result, selection, itemPath) : value.Result;
                if (ReferenceEquals(v, OperationExecutor.Invalid))
                {
                    // Spec #sec-Handling-Execution-Errors: a failed non-null item nulls the whole list.
                    if (itemNonNull)
                    {
                        return new ValueTask<object?>(OperationExecutor.Invalid);
                    }

                    v = null;
                }

                completed[index] = v;
            }
            else
            {
                (pending ??= []).Add((index, value.AsTask()));
            }
        }

        // graphql-js 17 streams once the list reaches initialCount items, so a list of exactly that many still
        // announces a stream (which completes with no items).
        StreamRecord? streamed = stream is not null && stream.InitialCount <= source.Count && path.TryGetParent(out ResultMap parent, out int slot, out _)
            ? new StreamRecord(stream, selection, itemType, source, completed, parent, slot)
            : null;
        if (pending is null)
        {
            Announce(streamed);
            return new ValueTask<object?>(completed);
        }

        return AwaitItemsAsync(completed, pending, itemNonNull ? selection : null, path, nestedListPath, streamed);
    }

    /// <summary>
    /// The items of <paramref name="stream"/> after its initial ones, each at its index under the list, all started
    /// before any is awaited (their data loaders batch together); an item that raised an error stays
    /// <see cref="OperationExecutor.Invalid"/> for the stream to judge.
    /// </summary>
    public async ValueTask<object?> CompleteStreamedItemsAsync(StreamRecord stream)
    {
        ResponsePath listPath = stream.Path;
        object?[] values = new object?[stream.Source.Count - stream.InitialCount];
        List<(int Index, Task<object?> Task)>? pending = null;
        for (int i = 0; i < values.Length; i++)
        {
            int index = stream.InitialCount + i;
            ValueTask<object?> value = CompleteValueAsync(stream.ItemType, stream.Selection, stream.Source[index], LazyPath.Item(listPath, index));
            if (value.IsCompletedSuccessfully)
            {
                values[i] = value.Result;
            }
            else
            {
                (pending ??= []).Add((i, value.AsTask()));
            }
        }

        foreach ((int i, Task<object?> task) in pending ?? [])
        {
            values[i] = await task.ConfigureAwait(true);
        }

        return values;
    }

    // A stream is met once its initial items are complete (graphql-js 17's order: work inside them comes first).
    private void Announce(StreamRecord? stream)
    {
        if (stream is not null)
        {
            _executor.Incremental!.Add(stream);
        }
    }

    // Lists of reference types (arrays, List<T>, FieldCollection<T>: IReadOnlyList<T> is covariant) are indexed
    // in place; anything else (value-type lists, lazy sequences) is copied once into a buffer.
    private static IReadOnlyList<object?> AsList(IEnumerable items)
    {
        if (items is IReadOnlyList<object?> list)
        {
            return list;
        }

        List<object?> buffered = items is ICollection collection ? new(collection.Count) : [];
        foreach (object? item in items)
        {
            buffered.Add(item);
        }

        return buffered;
    }

    // nonNullItems: the list's selection when its items are Non-Null (their nulls are raised here), else null.
    private async ValueTask<object?> AwaitItemsAsync(
        object?[] completed,
        List<(int Index, Task<object?> Task)> pending,
        CollectedField? nonNullItems,
        LazyPath path,
        ResponsePath? nestedListPath,
        StreamRecord? streamed)
    {
        bool itemNonNull = nonNullItems is not null;
        bool invalid = false;
        foreach ((int index, Task<object?> task) in pending)
        {
            object? v = await task.ConfigureAwait(true);
            if (v is null && nonNullItems is not null)
            {
                v = CheckNonNull(v, nonNullItems, nestedListPath is null ? path.WithIndex(index) : LazyPath.Item(nestedListPath, index));
            }

            if (ReferenceEquals(v, OperationExecutor.Invalid))
            {
                invalid |= itemNonNull;
                v = null;
            }

            completed[index] = v;
        }

        if (invalid)
        {
            return OperationExecutor.Invalid;
        }

        Announce(streamed);
        return completed;
    }

    // Spec CoerceResult (#sec-Scalars.Result-Coercion-and-Serialization).
    private object? CompleteScalar(ScalarType scalar, CollectedField selection, object result, LazyPath path)
    {
        if (result is bool b && ReferenceEquals(scalar, BuiltInScalars.Boolean))
        {
            // The Boolean result coercion of a bool is the bool itself; reuse the boxes.
            return b ? s_true : s_false;
        }

        return scalar.TryCoerceResult(result, out object? serialized) && serialized is not null
            ? serialized
            : Fail(ExecutionMessages.LeafCannotSerialize(scalar, result), ErrorCodes.ExecutionInvalidResult, selection, path);
    }

    // Spec #sec-Enums.Result-Coercion: a runtime value (or a value's name) maps to the value's name.
    private object? CompleteEnum(EnumType enumType, CollectedField selection, object result, LazyPath path)
    {
        if (enumType.TryGetByRuntimeValue(result, out EnumValue? value) || (result is string name && enumType.TryGetValue(name, out value)))
        {
            return value!.Name;
        }

        return Fail(ExecutionMessages.LeafCannotSerialize(enumType, result), ErrorCodes.ExecutionInvalidResult, selection, path);
    }

    // Spec ResolveAbstractType: the type's resolver, else the possible type whose IsOfType or CLR type matches.
    private ObjectType? ResolveAbstractType(NamedType abstractType, CollectedField selection, object result, LazyPath path)
    {
        TypeResolver? resolveType = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };

        ObjectType? resolved = null;
        try
        {
            if (resolveType is not null)
            {
                ResolverContext context = _executor.RentContext(pure: true);
                context.Initialize(selection, selection.Field!.DeclaringType as ObjectType ?? _executor.Plan.RootType, result, path, ArgumentCoercion.Empty);
                resolved = resolveType(result, context);
            }
            else
            {
                resolved = FindPossibleType(abstractType, result);
            }
        }
        catch (Exception ex)
        {
            _executor.HandleFieldError(ex, selection, path);
            return null;
        }

        if (resolved is null)
        {
            Fail(ExecutionMessages.AbstractTypeUnresolved(abstractType, selection.Field!), ErrorCodes.ExecutionInvalidResult, selection, path);
            return null;
        }

        if (!_executor.Schema.IsPossibleType(abstractType, resolved))
        {
            Fail(ExecutionMessages.AbstractTypeInvalid(abstractType, resolved), ErrorCodes.ExecutionInvalidResult, selection, path);
            return null;
        }

        return resolved;
    }

    private ObjectType? FindPossibleType(NamedType abstractType, object result)
    {
        IReadOnlyList<ObjectType> possibleTypes = _executor.Schema.GetPossibleTypes(abstractType);
        if (result is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out object? typeName) && typeName is string name)
        {
            return _executor.Schema.GetType<ObjectType>(name);
        }

        foreach (ObjectType candidate in possibleTypes)
        {
            if (candidate.IsOfType is { } isOfType ? isOfType(result) : candidate.RuntimeType?.IsInstanceOfType(result) == true)
            {
                return candidate;
            }
        }

        return null;
    }

    private object Fail(string message, string code, CollectedField selection, LazyPath path)
    {
        _executor.AddError(new GraphQLError(message, code, path: path.Materialize()), selection);
        return OperationExecutor.Invalid;
    }
}
