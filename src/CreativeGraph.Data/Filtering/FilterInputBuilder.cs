using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Filtering;

/// <summary>
/// Generates HotChocolate's filter input types from a CLR entity: <c>&lt;T&gt;FilterInput { and or &lt;member&gt; }</c>,
/// the operation inputs (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, …) and
/// <c>ListFilterInputTypeOf&lt;T&gt;FilterInput</c> for lists of objects.
/// </summary>
internal static class FilterInputBuilder
{
    /// <summary>The <c>@cost</c> weight of each list operation (<c>all none some any</c>), as in HotChocolate's filtering.</summary>
    public const double ListOperationCost = 10;

    private static readonly string[] s_string = ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];
    private static readonly string[] s_boolean = ["eq", "neq"];
    private static readonly string[] s_comparable = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    /// <summary>Adds <c>&lt;T&gt;FilterInput</c> (and everything it refers to); returns its name.</summary>
    public static string AddFilterInput(DataSchema data, Type entity) =>
        data.Once(entity.Name + "FilterInput", b => b.AddInputObjectType(entity.Name + "FilterInput", t =>
        {
            string self = entity.Name + "FilterInput";
            t.Description(FilterDescriptions.Object(entity.Name));
            t.Field("and").Type($"[{self}!]").Description(FilterDescriptions.And);
            t.Field("or").Type($"[{self}!]").Description(FilterDescriptions.Or);
            foreach (EntityMember member in data.Members(entity))
            {
                t.Field(member.Name).Description(member.Shape == MemberShape.Object ? FilterDescriptions.Reference(member.Name) : FilterDescriptions.Member(member.Name)).Type(member.Shape switch
                {
                    MemberShape.Scalar when member.GlobalIdType is not null => AddIdOperationInput(data),
                    MemberShape.Scalar => AddOperationInput(data, member.ValueType),
                    MemberShape.Object => AddFilterInput(data, member.ValueType),
                    _ => AddListInput(data, member.ValueType),
                });
            }
        }));

    private static string AddListInput(DataSchema data, Type element)
    {
        string elementFilter = AddFilterInput(data, element);
        return data.Once("ListFilterInputTypeOf" + elementFilter, b => b.AddInputObjectType("ListFilterInputTypeOf" + elementFilter, t =>
        {
            t.Description(FilterDescriptions.List(element.Name));
            // Each operation is a correlated subquery (EXISTS), so it weighs what HotChocolate gives it.
            t.Field("all").Type(elementFilter).Description(FilterDescriptions.All).Cost(ListOperationCost);
            t.Field("none").Type(elementFilter).Description(FilterDescriptions.None).Cost(ListOperationCost);
            t.Field("some").Type(elementFilter).Description(FilterDescriptions.Some).Cost(ListOperationCost);
            t.Field("any").Type("Boolean").Description(FilterDescriptions.Any).Cost(ListOperationCost);
        }));
    }

    // HotChocolate: IdOperationFilterInput { eq neq in nin } over global IDs
    private static string AddIdOperationInput(DataSchema data) =>
        data.Once("IdOperationFilterInput", b => b.AddInputObjectType("IdOperationFilterInput", t =>
        {
            t.Description("Operations on a global ID; all given must hold. An ID of another type is an error.");
            t.Field("eq").Type("ID").Description(FilterDescriptions.Operation("eq"));
            t.Field("neq").Type("ID").Description(FilterDescriptions.Operation("neq"));
            t.Field("in").Type("[ID]").Description(FilterDescriptions.Operation("in"));
            t.Field("nin").Type("[ID]").Description(FilterDescriptions.Operation("nin"));
        }));

    private static string AddOperationInput(DataSchema data, Type type)
    {
        ScalarKinds.TryGet(type, out (string Scalar, string Operations)? kind);
        (string scalar, string name) = kind!.Value;
        if (type.IsEnum)
        {
            data.EnsureEnum(type);
            return data.Once(name, b => b.AddInputObjectType(name, t =>
            {
                t.Description(FilterDescriptions.Operations(scalar));
                t.Field("eq").Type(scalar).Description(FilterDescriptions.Operation("eq"));
                t.Field("neq").Type(scalar).Description(FilterDescriptions.Operation("neq"));
                t.Field("in").Type($"[{scalar}!]").Description(FilterDescriptions.Operation("in"));
                t.Field("nin").Type($"[{scalar}!]").Description(FilterDescriptions.Operation("nin"));
            }));
        }

        string[] operations = type == typeof(string) ? s_string : type == typeof(bool) ? s_boolean : s_comparable;
        return data.Once(name, b => b.AddInputObjectType(name, t =>
        {
            t.Description(FilterDescriptions.Operations(scalar));
            if (type == typeof(string))
            {
                // HotChocolate: StringOperationFilterInput { and or eq neq contains ncontains in nin startsWith … }
                t.Field("and").Type($"[{name}!]").Description(FilterDescriptions.And);
                t.Field("or").Type($"[{name}!]").Description(FilterDescriptions.Or);
            }

            foreach (string operation in operations)
            {
                t.Field(operation).Type(operation is "in" or "nin" ? $"[{scalar}]" : scalar).Description(FilterDescriptions.Operation(operation));
            }
        }));
    }
}
