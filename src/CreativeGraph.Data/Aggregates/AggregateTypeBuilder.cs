using CreativeGraph.Data.Core;
using CreativeGraph.Data.Sorting;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Aggregates;

/// <summary>
/// Adds the aggregate types of an entity <c>T</c>, modelled on Hasura's <c>aggregate { count sum avg min max }</c> and
/// PostGraphile's grouped aggregates: <c>TAggregate { count countDistinct(field:) sum avg min max groupBy(…) }</c>,
/// <c>TAggregateField</c> (the values one can count or group by: scalars and scalars of references),
/// <c>TSumFields</c>/<c>TAvgFields</c> (numbers), <c>TMinMaxFields</c> (numbers and dates), <c>TGroup { key count … }</c>,
/// <c>TGroupKey</c> and <c>TGroupSortInput</c>. Types without a member are left out (a type needs a field).
/// </summary>
internal static class AggregateTypeBuilder
{
    /// <summary>Largest <c>groupBy(first:)</c>, and its default.</summary>
    public const int MaxGroups = 1000;

    public const int DefaultGroups = 50;

    /// <summary>Most <c>groupBy(fields:)</c> at once.</summary>
    public const int MaxGroupFields = 4;

    public static string AddAggregate(DataSchema data, Type entity)
    {
        string name = entity.Name;
        IReadOnlyList<AggregateMember> members = AggregateMembers.Of(data, entity);
        string? sums = Figures(data, entity, name + "SumFields", numericOnly: true, m => m.ValueType == typeof(decimal) ? "Decimal" : m.ValueType == typeof(double) ? "Float" : "Long", "The sum of the present values of each number (0 when there is none).");
        string? averages = Figures(data, entity, name + "AvgFields", numericOnly: true, m => m.ValueType == typeof(decimal) ? "Decimal" : "Float", "The average of the present values of each number (null when there is none).");
        string? extremes = Figures(data, entity, name + "MinMaxFields", numericOnly: false, m => m.Scalar, "The smallest or largest present value of each number or date (null when there is none).");
        string field = members.Count == 0 ? "" : data.Once(name + "AggregateField", b => b.AddEnumType(name + "AggregateField", e =>
        {
            e.Description($"A value of {name} objects to count or group by: a field, or a field of a reference (`HOST_REGION_COUNTRY_CODE` is `hostRegion.country.code`).");
            foreach (AggregateMember member in members)
            {
                e.Value(member.Enum, member.Enum).Description($"`{string.Join('.', member.Path.Select(p => p.Name))}`");
            }
        }));

        if (members.Count > 0)
        {
            data.Once(name + "GroupKey", b => b.AddObjectType(name + "GroupKey", t =>
            {
                t.Description($"The values that define a group of {name} objects; fields not grouped by are null.");
                foreach (AggregateMember member in members)
                {
                    t.Field(member.Field).Type(member.Scalar).Description($"`{string.Join('.', member.Path.Select(p => p.Name))}` of the group.").Resolve(c => ((AggregateValues)c.Parent!).Get("key:" + c.Field.Name));
                }
            }));
            data.Once(name + "GroupSortInput", b => b.AddInputObjectType(name + "GroupSortInput", t =>
            {
                t.Description($"One sort key of groups of {name} objects: their size or one of the values grouped by.");
                t.Field("count").Type(SortInputBuilder.EnsureSortEnum(data)).Description("Sorts by the number of objects in the group.");
                foreach (AggregateMember member in members)
                {
                    t.Field(member.Field).Type(SortInputBuilder.SortEnumType).Description($"Sorts by `{member.Field}` (it must be one of the fields grouped by).");
                }
            }));
            data.Once(name + "Group", b => b.AddObjectType(name + "Group", t =>
            {
                t.Description($"One group of {name} objects with the same values of the fields grouped by.");
                t.Field("key").Type(name + "GroupKey!").Description("The values the objects of the group share.").Resolve(c => c.Parent);
                t.Field("count").Type("Int!").Description("The number of objects in the group.").Resolve(c => ((AggregateValues)c.Parent!).Get("count"));
                FigureFields(t, sums, averages, extremes);
            }));
        }

        return data.Once(name + "Aggregate", b => b.AddObjectType(name + "Aggregate", t =>
        {
            t.Description($"Figures over every {name} of the list after `where` (not only the page), computed by the database in one statement.");
            t.Field("count").Type("Int!").Description("The number of objects.").Resolve(c => ((AggregateValues)c.Parent!).Get("count"));
            if (members.Count > 0)
            {
                t.Field("countDistinct").Type("Int!").Description("The number of distinct present values of the field (missing values are not counted).")
                    .Argument("field", field + "!", a => a.Description("The value to count."))
                    .Resolve(c => ((AggregateValues)c.Parent!).Get("countDistinct:" + c.ArgumentValue<string>("field")));
            }

            FigureFields(t, sums, averages, extremes);
            if (members.Count > 0)
            {
                t.Field("groupBy").Type($"[{name}Group!]!").Description("The groups of objects sharing the values of `fields`, each with its figures, ordered by those values unless `order` says otherwise.")
                    .Argument("fields", $"[{field}!]!", a => a.Description($"The values to group by (1 to {MaxGroupFields})."))
                    .Argument("first", "Int", a => a.Description($"Returns the first _n_ groups (default {DefaultGroups}, at most {MaxGroups}).").DefaultValue(DefaultGroups))
                    .Argument("offset", "Int", a => a.Description("Skips this many groups first.").DefaultValue(0))
                    .Argument("order", $"[{name}GroupSortInput!]", a => a.Description("Orders the groups; the values grouped by break ties, in the order of `fields`."))
                    .ListSize(assumedSize: MaxGroups, slicingArguments: ["first"], sizedFields: null, requireOneSlicingArgument: false, slicingArgumentDefaultValue: DefaultGroups)
                    .Resolve((FieldResolver)(c => ((AggregateValues)c.Parent!).Scope!.GroupsAsync(c)));
            }
        }));
    }

    private static void FigureFields(ObjectTypeDescriptor t, string? sums, string? averages, string? extremes)
    {
        if (sums is not null)
        {
            t.Field("sum").Type(sums + "!").Description("Sums of the numbers.").Resolve(c => new FigureSet((AggregateValues)c.Parent!, "sum"));
        }

        if (averages is not null)
        {
            t.Field("avg").Type(averages + "!").Description("Averages of the numbers.").Resolve(c => new FigureSet((AggregateValues)c.Parent!, "avg"));
        }

        if (extremes is not null)
        {
            t.Field("min").Type(extremes + "!").Description("Smallest values of the numbers and dates.").Resolve(c => new FigureSet((AggregateValues)c.Parent!, "min"));
            t.Field("max").Type(extremes + "!").Description("Largest values of the numbers and dates.").Resolve(c => new FigureSet((AggregateValues)c.Parent!, "max"));
        }
    }

    private static string? Figures(DataSchema data, Type entity, string name, bool numericOnly, Func<AggregateMember, string> scalar, string description)
    {
        AggregateMember[] members = [.. AggregateMembers.Figures(data, entity, numericOnly)];
        return members.Length == 0 ? null : data.Once(name, b => b.AddObjectType(name, t =>
        {
            t.Description(description);
            foreach (AggregateMember member in members)
            {
                t.Field(member.Field).Type(scalar(member)).Description($"Of `{member.Field}`.").Resolve(c => ((FigureSet)c.Parent!).Get(c.Field.Name));
            }
        }));
    }
}
