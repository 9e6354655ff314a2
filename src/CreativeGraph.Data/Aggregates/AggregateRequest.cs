using System.Collections;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Sorting;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Aggregates;

/// <summary>One figure to compute: <c>count</c>, or a function (<c>countDistinct sum avg min max</c>) of a member.</summary>
internal sealed record Figure(string Key, string Function, AggregateMember? Member);

/// <summary>A <c>groupBy</c> selection: the values grouped by, the groups' order, the slice and the figures of each group.</summary>
internal sealed record GroupRequest(IReadOnlyList<AggregateMember> Keys, IReadOnlyList<SortKeyChoice> Order, int First, int Offset, IReadOnlyList<Figure> Figures);

/// <summary>One element of a group order: the group's size (<see cref="KeyIndex"/> -1) or the value grouped by at that index.</summary>
internal sealed record SortKeyChoice(int KeyIndex, bool Descending);

/// <summary>Reads what an aggregate selection asks for, from the selection set and the arguments (errors before SQL).</summary>
internal static class AggregateRequest
{
    /// <summary>The figures selected on <paramref name="type"/> (an aggregate or a group) below the current field.</summary>
    public static IReadOnlyList<Figure> Figures(IResolverContext context, IReadOnlyList<AggregateMember> members, ObjectType type)
    {
        Dictionary<string, Figure> figures = new(StringComparer.Ordinal);
        foreach (SelectedField selection in context.GetSelections(type))
        {
            switch (selection.Field.Name)
            {
                case "count":
                    figures.TryAdd("count", new Figure("count", "count", null));
                    break;
                case "countDistinct":
                    string name = FieldArgument(context, selection);
                    AggregateMember counted = members.First(m => m.Enum == name);
                    figures.TryAdd("countDistinct:" + name, new Figure("countDistinct:" + name, "countDistinct", counted));
                    break;
                case "sum" or "avg" or "min" or "max":
                    string function = selection.Field.Name;
                    foreach (SelectedField value in context.GetSelections(selection, (ObjectType)selection.Field.Type.NamedType()))
                    {
                        AggregateMember member = members.First(m => m.Path.Count == 1 && m.Field == value.Field.Name);
                        figures.TryAdd(function + ":" + member.Field, new Figure(function + ":" + member.Field, function, member));
                    }

                    break;
            }
        }

        return [.. figures.Values];
    }

    /// <summary>The <c>groupBy</c> arguments of the current field, checked: 1 to 4 fields, a page size and offset in range, a sort on grouped values only.</summary>
    public static GroupRequest Groups(IResolverContext context, IReadOnlyList<AggregateMember> members)
    {
        string coordinate = context.ObjectType.Name + "." + context.Field.Name;
        AggregateMember[] keys = [.. ((IEnumerable)context.Arguments["fields"]!).Cast<object>().Select(f => members.First(m => m.Enum == EnumName(f))).Distinct()];
        if (keys.Length is 0 or > AggregateTypeBuilder.MaxGroupFields)
        {
            throw AggregateMessages.GroupFieldsOutOfRange(keys.Length, coordinate);
        }

        int first = context.ArgumentValue<int?>("first") ?? AggregateTypeBuilder.DefaultGroups;
        int offset = context.ArgumentValue<int?>("offset") ?? 0;
        if (first < 0 || offset < 0)
        {
            throw DataMessages.PageSizeNegative(first < 0 ? "first" : "offset", Math.Min(first, offset));
        }

        if (first > AggregateTypeBuilder.MaxGroups)
        {
            throw DataMessages.PageSizeExceeded(first, AggregateTypeBuilder.MaxGroups, coordinate);
        }

        List<SortKeyChoice> order = [];
        foreach (object? element in context.Arguments.GetValueOrDefault("order") as IEnumerable ?? Array.Empty<object>())
        {
            foreach ((string field, object? direction) in element as IReadOnlyDictionary<string, object?> ?? throw DataMessages.NullValue("order"))
            {
                bool descending = direction is SortDirection d ? d == SortDirection.Descending : throw DataMessages.NullValue("order." + field);
                int index = field == "count" ? -1 : Array.FindIndex(keys, k => k.Field == field);
                order.Add(index >= -1 && (field == "count" || index >= 0) ? new SortKeyChoice(index, descending) : throw AggregateMessages.SortNotGrouped(field, coordinate));
            }
        }

        ObjectType group = (ObjectType)context.Field.Type.NamedType();
        return new GroupRequest(keys, order, first, offset, Figures(context, members, group));
    }

    // countDistinct(field: YEAR) or countDistinct(field: $field): the argument of one selection (aliases differ).
    private static string FieldArgument(IResolverContext context, SelectedField selection) =>
        selection.FieldNodes[0].Arguments.First(a => a.Name.Value == "field").Value switch
        {
            EnumValueNode literal => literal.Value,
            VariableNode variable => EnumName(context.Variables[variable.Name.Value]),
            var other => throw new InvalidOperationException($"Unexpected countDistinct argument {other}."),
        };

    private static string EnumName(object? value) => value?.ToString() ?? throw DataMessages.NullValue("field");
}
