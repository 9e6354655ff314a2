using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Projections;

/// <summary>
/// HotChocolate's <c>[UseProjection]</c>: the element of a list read as <c>new City { Id = x.Id, Name = x.Name }</c>
/// with only the members the selection needs, so SQL selects only their columns. A field with the default resolver
/// needs the CLR property of its name (case-insensitive, as the default resolver reads it); a to-one navigation
/// becomes a nested <c>x.Region == null ? null : new Region { … }</c>, a collection a nested <c>Select(…).ToList()</c>;
/// a field with a custom resolver needs what it declares (<see cref="ProjectionFieldExtensions.Requires{T}"/>; nested
/// and reference fields declare their parent key themselves). The key is always kept. Whole row (no projection) for
/// a type without a public parameterless constructor, a member without a setter, an abstract GraphQL type, or a
/// custom-resolved field that declares nothing. The nodes of a nested connection are read inside a per-parent window,
/// where EF Core 10 cannot read a collection: a collection selected there is refused with a clear error (declare it
/// as a nested list with <c>ConnectionField</c> instead).
/// </summary>
internal static class ProjectionBuilder
{
    /// <summary>
    /// The projected element over <paramref name="x"/> for this selection of a list of <paramref name="node"/>
    /// (its GraphQL type name) keyed by <paramref name="key"/>, or <paramref name="x"/> itself.
    /// </summary>
    public static Expression Build(IResolverContext context, string node, LambdaExpression key, ObjectType? connection, ParameterExpression x, bool windowed)
    {
        if (context.Schema.GetType<ObjectType>(node) is not { } nodeType)
        {
            return x;
        }

        Need need = new(windowed ? $"{context.ObjectType.Name}.{context.Field.Name}" : null);
        need.AddPaths(MemberPaths.Of(key));
        foreach (SelectedField field in NodeSelections(context, connection, nodeType))
        {
            need.Add(context, x.Type, field);
        }

        return need.Emit(x);
    }

    private static IEnumerable<SelectedField> NodeSelections(IResolverContext context, ObjectType? connection, ObjectType nodeType)
    {
        if (connection is null)
        {
            return context.GetSelections(nodeType);
        }

        List<SelectedField> fields = [];
        foreach (SelectedField selected in context.GetSelections(connection))
        {
            // nodes of a connection, items of a collection segment
            if (selected.Field.Name is "nodes" or "items")
            {
                fields.AddRange(context.GetSelections(selected, nodeType));
            }
            else if (selected.Field.Name == "edges" && context.Schema.GetType<ObjectType>(selected.Field.Type.NamedType().Name) is { } edge)
            {
                foreach (SelectedField node in context.GetSelections(selected, edge).Where(e => e.Field.Name == "node"))
                {
                    fields.AddRange(context.GetSelections(node, nodeType));
                }
            }
        }

        return fields;
    }

    /// <summary>The members one CLR type needs, as a tree: a leaf reads the member whole.</summary>
    /// <param name="window">The nested connection whose window statement reads the members; null elsewhere.</param>
    private sealed class Need(string? window)
    {
        private readonly List<(PropertyInfo Property, Need Need)> _members = [];

        private bool Whole { get; set; }

        public void AddPaths(IEnumerable<PropertyInfo[]> paths)
        {
            foreach (PropertyInfo[] path in paths)
            {
                Need need = this;
                foreach (PropertyInfo property in path)
                {
                    need = need.Member(property);
                }

                need.Whole = true;
            }
        }

        public void Add(IResolverContext context, Type type, SelectedField selected)
        {
            OutputField field = selected.Field;
            if (field.ContextData.TryGetValue(ProjectionFieldExtensions.RequiresKey, out object? declared) && declared is IEnumerable<LambdaExpression> lambdas)
            {
                AddPaths(lambdas.SelectMany(MemberPaths.Of));
                return;
            }

            if (!field.HasDefaultResolver)
            {
                Whole = true; // a custom resolver that declares nothing may read anything
                return;
            }

            if (type.GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not { } property)
            {
                return; // the default resolver finds no member either: null
            }

            Need member = Member(property);
            Type? element = ElementType(property.PropertyType);
            if (element is not null && window is not null)
            {
                throw new InvalidOperationException(
                    $"The nodes of the nested connection {window} cannot read the collection {type.Name}.{property.Name} in its per-parent window: declare \"{field.Name}\" with ConnectionField.");
            }

            Type target = element ?? property.PropertyType;
            if (IsLeaf(property.PropertyType) || context.Schema.GetType<ObjectType>(field.Type.NamedType().Name) is not { } objectType)
            {
                member.Whole = true;
                return;
            }

            if (EntityKeys.Find(target) is { } key)
            {
                member.AddPaths([[key]]);
            }

            foreach (SelectedField child in context.GetSelections(selected, objectType))
            {
                member.Add(context, target, child);
            }
        }

        /// <summary><paramref name="source"/> read as the members needed, or whole.</summary>
        public Expression Emit(Expression source)
        {
            Type type = source.Type;
            if (Whole || _members.Count == 0 || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null || _members.Any(m => m.Property.SetMethod is null))
            {
                return source;
            }

            return Expression.MemberInit(Expression.New(type), _members.Select(m => Expression.Bind(m.Property, m.Need.EmitMember(Expression.Property(source, m.Property)))));
        }

        private Expression EmitMember(Expression member)
        {
            if (Whole || IsLeaf(member.Type))
            {
                return member;
            }

            if (ElementType(member.Type) is not { } element)
            {
                // to-one: x.Region == null ? null : new Region { … }  →  SQL: LEFT JOIN, "r"."Id" IS NULL
                Expression nested = Emit(member);
                return nested == member ? member : Expression.Condition(Comparisons.IsNull(member), Expression.Constant(null, member.Type), nested);
            }

            // to-many: x.Districts.Select(d => new District { … }).ToList()  →  SQL: a correlated subquery
            Type list = typeof(List<>).MakeGenericType(element);
            ParameterExpression e = Expression.Parameter(element, "e");
            Expression body = Emit(e);
            if (body == e || !member.Type.IsAssignableFrom(list))
            {
                return member;
            }

            Expression select = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Select), [element, element], member, Expression.Lambda(body, e));
            return LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.ToList), [element], select);
        }

        private Need Member(PropertyInfo property)
        {
            foreach ((PropertyInfo p, Need n) in _members)
            {
                if (p == property)
                {
                    return n;
                }
            }

            Need need = new(window);
            _members.Add((property, need));
            return need;
        }

        private static bool IsLeaf(Type type) =>
            type.IsValueType || type == typeof(string) || type.IsArray || (!type.IsClass && !type.IsInterface) || (ElementType(type) is null && typeof(IEnumerable).IsAssignableFrom(type));

        private static Type? ElementType(Type type) =>
            type != typeof(string) && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments() is [Type element] && element.IsClass && element != typeof(string)
                ? element
                : null;
    }
}
