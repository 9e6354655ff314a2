namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Configures a field of an object or interface type (spec #sec-Objects, FieldDefinition).</summary>
public sealed class FieldDescriptor
{
    internal FieldDescriptor(FieldConfig config) => Config = config;

    internal FieldConfig Config { get; }

    /// <summary>The field's name.</summary>
    public string Name => Config.Name;

    /// <summary>The field's type as written in SDL, e.g. <c>"[Region!]!"</c>; named types are resolved at Build.</summary>
    public FieldDescriptor Type(string typeReference)
    {
        Config.Type = TypeReferences.Parse(typeReference);
        return this;
    }

    /// <summary>The field's type as a type object.</summary>
    public FieldDescriptor Type(IType type)
    {
        Config.Type = new TypeRef(null, type);
        return this;
    }

    public FieldDescriptor Description(string? description)
    {
        Config.Description = description;
        return this;
    }

    /// <summary>Marks the field deprecated (spec #sec--deprecated); the reason defaults to "No longer supported".</summary>
    public FieldDescriptor Deprecated(string? reason = null)
    {
        Config.DeprecationReason = reason ?? BuiltInDirectives.DefaultDeprecationReason;
        return this;
    }

    /// <summary>Adds (or reconfigures) an argument.</summary>
    public FieldDescriptor Argument(string name, string typeReference, Action<InputValueDescriptor>? configure = null)
    {
        InputValueDescriptor descriptor = new(InputValueDescriptor.GetOrAdd(Config.Arguments, name));
        descriptor.Type(typeReference);
        configure?.Invoke(descriptor);
        return this;
    }

    /// <summary>The resolver; it is compiled once, the executor calls the delegate directly.</summary>
    public FieldDescriptor Resolve(FieldResolver resolver)
    {
        Config.Resolver = resolver;
        return this;
    }

    /// <summary>A synchronous resolver; its value is wrapped in a completed ValueTask (no allocation).</summary>
    public FieldDescriptor Resolve(Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Config.Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    /// <summary>An asynchronous resolver returning a task (e.g. a repository call); the task is awaited.</summary>
    public FieldDescriptor Resolve<T>(Func<IResolverContext, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Config.Resolver = async context => await resolver(context).ConfigureAwait(false);
        return this;
    }

    /// <summary>Declares that the resolver completes synchronously and has no side effects.</summary>
    public FieldDescriptor IsPure(bool isPure = true)
    {
        Config.IsPure = isPure;
        return this;
    }

    /// <summary>The metadata attached with <see cref="ContextData(string, object?)"/> under <paramref name="key"/>, if any.</summary>
    public bool TryGetContextData(string key, out object? value) => Config.ContextData.TryGetValue(key, out value);

    /// <summary>Attaches metadata to the field (cost weight, paging options…).</summary>
    public FieldDescriptor ContextData(string key, object? value)
    {
        Config.ContextData[key] = value;
        return this;
    }

    /// <summary>Applies <c>@cost(weight:)</c> (IBM cost specification): the weight the field adds to an operation's cost.</summary>
    public FieldDescriptor Cost(double weight) => Directive(CostDirectives.Cost, ("weight", CostDirectives.FormatWeight(weight)));

    /// <summary>
    /// Applies <c>@listSize</c> (IBM cost specification) with the arguments given, in HotChocolate's parameter
    /// order: the assumed size, the slicing arguments, the sub-fields the size applies to (a connection's
    /// <c>edges</c>/<c>nodes</c>), whether exactly one slicing argument is required (the default), and the size
    /// used when no slicing argument is given.
    /// </summary>
    public FieldDescriptor ListSize(
        int? assumedSize = null,
        IReadOnlyList<string>? slicingArguments = null,
        IReadOnlyList<string>? sizedFields = null,
        bool requireOneSlicingArgument = true,
        int? slicingArgumentDefaultValue = null)
    {
        List<(string Name, object? Value)> arguments = [];
        if (assumedSize is not null)
        {
            arguments.Add(("assumedSize", assumedSize));
        }

        if (slicingArguments is not null)
        {
            arguments.Add(("slicingArguments", slicingArguments));
        }

        if (slicingArgumentDefaultValue is not null)
        {
            arguments.Add(("slicingArgumentDefaultValue", slicingArgumentDefaultValue));
        }

        if (sizedFields is not null)
        {
            arguments.Add(("sizedFields", sizedFields));
        }

        if (!requireOneSlicingArgument)
        {
            arguments.Add(("requireOneSlicingArgument", false));
        }

        return Directive(CostDirectives.ListSize, [.. arguments]);
    }

    /// <summary>
    /// Applies <c>@authorize</c> (HotChocolate's): only callers the rule admits get the field's value, others get null
    /// and an <c>AUTH_NOT_AUTHORIZED</c>/<c>AUTH_NOT_AUTHENTICATED</c> error. Without <paramref name="policy"/> and
    /// <paramref name="roles"/> the rule asks for an authenticated caller. Repeatable: every rule must admit.
    /// </summary>
    public FieldDescriptor Authorize(string? policy = null, IReadOnlyList<string>? roles = null, ApplyPolicy apply = ApplyPolicy.BeforeResolver) =>
        Directive(AuthorizeDirectives.Authorize, AuthorizeDirectives.Arguments(policy, roles, apply));

    /// <summary>Applies a directive, with argument values given as CLR values or literals.</summary>
    public FieldDescriptor Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Config.Directives.Add(new DirectiveConfig(name, arguments));
        return this;
    }
}
