using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace CreativeGraph.Data.Expressions;

/// <summary>What a CLR member is to filtering and sorting: a scalar (or enum), a nested object, or a list of objects.</summary>
internal enum MemberShape
{
    Scalar,
    Object,
    ObjectList,
}

/// <summary>
/// One member of an entity as the data layer exposes it (GraphQL name, shape, nullability): a public property, or a
/// list declared with <see cref="EntityDescriptor{T}.List{TElement}"/> whose elements are the union of its branches.
/// </summary>
internal sealed record EntityMember(PropertyInfo? Property, string Name, MemberShape Shape, bool IsNullable, Type ValueType)
{
    /// <summary>The node type whose global IDs this key member is filtered by (<c>IdOperationFilterInput</c>), if any.</summary>
    public string? GlobalIdType { get; init; }

    /// <summary>A declared list's branches (lambdas from the entity to element sequences); null for a property.</summary>
    public IReadOnlyList<LambdaExpression>? Branches { get; init; }

    /// <summary>The member read from <paramref name="target"/>: the property, or each branch of a declared list.</summary>
    public IReadOnlyList<Expression> Access(Expression target) => Branches is { } branches
        ? [.. branches.Select(b => new ParameterReplacer(b.Parameters[0], target).Visit(b.Body))]
        : [Expression.Property(target, Property!)];

    /// <summary>The public readable properties of <paramref name="type"/>, after the per-member opt-outs and renames.</summary>
    public static IReadOnlyList<EntityMember> Of(Type type, EntityConfiguration? configuration)
    {
        List<EntityMember> members = [];
        NullabilityInfoContext nullability = new(); // not thread-safe: one per call
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0 || configuration?.IsIgnored(property.Name) == true)
            {
                continue;
            }

            string name = configuration?.RenamedTo(property.Name) ?? char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            Type clr = property.PropertyType;
            Type? underlying = Nullable.GetUnderlyingType(clr);
            if (ScalarKinds.TryGet(underlying ?? clr, out _))
            {
                bool nullable = underlying is not null
                    || (!clr.IsValueType && nullability.Create(property).ReadState != NullabilityState.NotNull);
                members.Add(new EntityMember(property, name, MemberShape.Scalar, nullable, underlying ?? clr)
                {
                    GlobalIdType = configuration?.GlobalIdTypeOf(property.Name),
                });
            }
            else if (clr != typeof(string) && clr.IsGenericType && typeof(IEnumerable).IsAssignableFrom(clr)
                && clr.GetGenericArguments() is [Type element] && element.IsClass && !ScalarKinds.TryGet(element, out _))
            {
                members.Add(new EntityMember(property, name, MemberShape.ObjectList, false, element));
            }
            else if (clr.IsClass && !typeof(IEnumerable).IsAssignableFrom(clr))
            {
                members.Add(new EntityMember(property, name, MemberShape.Object, true, clr));
            }
        }

        foreach ((string name, Type element, LambdaExpression[] branches) in configuration?.Lists ?? [])
        {
            members.Add(new EntityMember(null, name, MemberShape.ObjectList, false, element) { Branches = branches });
        }

        return members;
    }
}
