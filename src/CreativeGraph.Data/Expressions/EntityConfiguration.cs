using System.Linq.Expressions;

namespace CreativeGraph.Data.Expressions;

/// <summary>Per-entity opt-outs and renames shared by filtering and sorting (a member named once, everywhere).</summary>
public sealed class EntityConfiguration
{
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);

    private readonly List<(string Name, Type Element, LambdaExpression[] Branches)> _lists = [];

    private (string Property, string TypeName)? _globalId;

    /// <summary>The lists declared with <see cref="EntityDescriptor{T}.List{TElement}"/>, in declaration order.</summary>
    internal IReadOnlyList<(string Name, Type Element, LambdaExpression[] Branches)> Lists => _lists;

    internal void AddList(string name, Type element, LambdaExpression[] branches) => _lists.Add((name, element, branches));

    internal bool IsIgnored(string propertyName) => _ignored.Contains(propertyName);

    /// <summary>The GraphQL node type whose global IDs the member holds, when it is the key of a node type.</summary>
    internal string? GlobalIdTypeOf(string propertyName) => _globalId is { } id && id.Property == propertyName ? id.TypeName : null;

    internal void GlobalId(string propertyName, string typeName) => _globalId = (propertyName, typeName);

    internal string? RenamedTo(string propertyName) => _renamed.GetValueOrDefault(propertyName);

    internal void Ignore(string propertyName) => _ignored.Add(propertyName);

    internal void Rename(string propertyName, string name) => _renamed[propertyName] = name;

    internal static string PropertyName(LambdaExpression member) =>
        member.Body is MemberExpression { Member: var info } ? info.Name
            : member.Body is UnaryExpression { Operand: MemberExpression { Member: var boxed } } ? boxed.Name
            : throw new ArgumentException($"Expected a property access such as x => x.Name, got {member}.", nameof(member));
}

/// <summary>Configures how an entity's members appear in <c>&lt;T&gt;FilterInput</c> and <c>&lt;T&gt;SortInput</c>.</summary>
public sealed class EntityDescriptor<T>
{
    internal EntityDescriptor(EntityConfiguration configuration) => Configuration = configuration;

    internal EntityConfiguration Configuration { get; }

    /// <summary>Leaves the member out of filtering and sorting.</summary>
    public EntityDescriptor<T> Ignore(Expression<Func<T, object?>> member)
    {
        Configuration.Ignore(EntityConfiguration.PropertyName(member));
        return this;
    }

    /// <summary>
    /// Declares list <paramref name="name"/> of <typeparamref name="TElement"/> objects that is not a property of
    /// its own: the union of <paramref name="branches"/>, each a sequence EF Core translates as a correlated
    /// subquery (<c>p =&gt; p.Participations.Select(l =&gt; l.Project)</c>). Filters see it as any other list
    /// (<c>some</c>/<c>all</c>/<c>none</c>/<c>any</c>, one EXISTS per branch). The branches must not overlap:
    /// the list's size is the sum of theirs.
    /// </summary>
    public EntityDescriptor<T> List<TElement>(string name, params Expression<Func<T, IEnumerable<TElement>>>[] branches)
        where TElement : class
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (branches.Length == 0)
        {
            throw new ArgumentException("A declared list needs at least one branch.", nameof(branches));
        }

        Configuration.AddList(name, typeof(TElement), branches);
        return this;
    }

    /// <summary>Exposes the member under another field name (default: camelCase of the property).</summary>
    public EntityDescriptor<T> Name(Expression<Func<T, object?>> member, string name)
    {
        Configuration.Rename(EntityConfiguration.PropertyName(member), name);
        return this;
    }
}
