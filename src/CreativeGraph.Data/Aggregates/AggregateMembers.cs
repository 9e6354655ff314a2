using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;

namespace CreativeGraph.Data.Aggregates;

/// <summary>One value an aggregate can read of a node: a scalar member or a scalar of a to-one reference (two deep).</summary>
/// <param name="Enum">The <c>&lt;T&gt;AggregateField</c> value (<c>HOST_REGION_COUNTRY_CODE</c>).</param>
/// <param name="Field">The field of <c>&lt;T&gt;GroupKey</c> and of the figure types (<c>hostRegionCountryCode</c>).</param>
/// <param name="Path">The members from the node to the value.</param>
/// <param name="ValueType">The value's CLR type without <see cref="Nullable{T}"/>.</param>
internal sealed record AggregateMember(string Enum, string Field, IReadOnlyList<EntityMember> Path, Type ValueType)
{
    /// <summary>GraphQL scalar or enum name of the value.</summary>
    public string Scalar => ScalarKinds.TryGet(ValueType, out (string Scalar, string Operations)? kind) ? kind.Value.Scalar : throw new InvalidOperationException();

    public bool IsNumeric => ValueType == typeof(int) || ValueType == typeof(long) || ValueType == typeof(decimal) || ValueType == typeof(double);

    public bool IsOrdered => IsNumeric || ValueType == typeof(DateOnly) || ValueType == typeof(DateTime);

    /// <summary>The value read from <paramref name="node"/>, nullable (a reference on the way may be missing).</summary>
    public Expression Read(Expression node)
    {
        Expression value = node;
        foreach (EntityMember member in Path)
        {
            value = member.Access(value)[0];
        }

        return value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
            ? Expression.Convert(value, typeof(Nullable<>).MakeGenericType(value.Type))
            : value;
    }
}

/// <summary>What the aggregates of an entity can read: its scalars and those of its references, ids left out.</summary>
internal static class AggregateMembers
{
    private const int MaxDepth = 3;

    public static IReadOnlyList<AggregateMember> Of(DataSchema data, Type entity)
    {
        List<AggregateMember> members = [];
        Collect(data, entity, [], members);
        return members;
    }

    /// <summary>The members that <c>sum</c>/<c>avg</c> (numbers) or <c>min</c>/<c>max</c> (numbers and dates) take: the node's own.</summary>
    public static IEnumerable<AggregateMember> Figures(DataSchema data, Type entity, bool numericOnly) =>
        Of(data, entity).Where(m => m.Path.Count == 1 && (numericOnly ? m.IsNumeric : m.IsOrdered));

    private static void Collect(DataSchema data, Type type, List<EntityMember> path, List<AggregateMember> members)
    {
        foreach (EntityMember member in data.Members(type))
        {
            List<EntityMember> here = [.. path, member];
            if (member.Shape == MemberShape.Scalar && member.GlobalIdType is null)
            {
                string field = string.Concat(here.Select((m, i) => i == 0 ? m.Name : char.ToUpperInvariant(m.Name[0]) + m.Name[1..]));
                members.Add(new AggregateMember(Upper(field), field, here, member.ValueType));
            }
            else if (member.Shape == MemberShape.Object && here.Count < MaxDepth)
            {
                Collect(data, member.ValueType, here, members);
            }
        }
    }

    // hostRegionCountryCode → HOST_REGION_COUNTRY_CODE
    private static string Upper(string camel) =>
        string.Concat(camel.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
