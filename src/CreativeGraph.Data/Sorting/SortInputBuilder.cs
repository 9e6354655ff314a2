using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Sorting;

/// <summary>
/// Generates HotChocolate's sort inputs: <c>enum SortEnumType { ASC DESC }</c> and <c>&lt;T&gt;SortInput</c> whose
/// scalar and enum members are <c>SortEnumType</c>, nested objects their own SortInput, and each list is sortable by
/// its size (<c>projectsCount</c>, beyond HotChocolate's conventions).
/// </summary>
internal static class SortInputBuilder
{
    public const string SortEnumType = "SortEnumType";

    /// <summary>Adds <c>SortEnumType</c> once (sort inputs and the aggregates' group orders use it).</summary>
    public static string EnsureSortEnum(DataSchema data) =>
        data.Once(SortEnumType, b => b.AddEnumType(SortEnumType, e =>
        {
            e.Description("The direction of a sort key.");
            e.Value("ASC", SortDirection.Ascending).Description("Smallest (or first in the alphabet) first; missing values as the database orders them.");
            e.Value("DESC", SortDirection.Descending).Description("Largest (or last in the alphabet) first.");
        }));

    public static string AddSortInput(DataSchema data, Type entity)
    {
        EnsureSortEnum(data);
        return data.Once(entity.Name + "SortInput", b => b.AddInputObjectType(entity.Name + "SortInput", t =>
        {
            t.Description($"One sort key of {entity.Name} objects: give one field per element of the `order` list.");
            foreach (EntityMember member in data.Members(entity))
            {
                if (member.Shape == MemberShape.Scalar)
                {
                    t.Field(member.Name).Type(SortEnumType).Description($"Sorts by `{member.Name}`.");
                }
                else if (member.Shape == MemberShape.Object)
                {
                    t.Field(member.Name).Type(AddSortInput(data, member.ValueType)).Description($"Sorts by a field of `{member.Name}`.");
                }
                else
                {
                    t.Field(member.Name + SortTranslator.CountSuffix).Type(SortEnumType).Description($"Sorts by the number of `{member.Name}`.");
                }
            }
        }));
    }
}

/// <summary>The runtime values of <c>SortEnumType</c>.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
