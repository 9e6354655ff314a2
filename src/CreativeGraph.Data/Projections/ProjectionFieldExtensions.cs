using System.Linq.Expressions;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Projections;

/// <summary>Declares what a field's custom resolver reads from its parent, so projections keep those members.</summary>
public static class ProjectionFieldExtensions
{
    /// <summary>The <see cref="OutputField.ContextData"/> key of the declared members (a list of lambdas over the parent).</summary>
    public const string RequiresKey = "CreativeGraph.Data.Requires";

    /// <summary>
    /// The members of <typeparamref name="T"/> the field's resolver reads (<c>.Requires&lt;Partner&gt;(p =&gt; p.CityId)</c>;
    /// a path such as <c>p =&gt; p.City.Name</c> keeps that member of the navigation). With no members the resolver
    /// reads nothing but the key. A field with a custom resolver that declares nothing makes a projection read its
    /// parent's whole row. Calls add up.
    /// </summary>
    public static FieldDescriptor Requires<T>(this FieldDescriptor field, params Expression<Func<T, object?>>[] members)
    {
        ArgumentNullException.ThrowIfNull(field);
        Require(field, members);
        return field;
    }

    internal static void Require(FieldDescriptor field, IEnumerable<LambdaExpression> members)
    {
        List<LambdaExpression> requirements = field.TryGetContextData(RequiresKey, out object? existing) && existing is List<LambdaExpression> list ? list : [];
        requirements.AddRange(members);
        field.ContextData(RequiresKey, requirements);
    }
}
