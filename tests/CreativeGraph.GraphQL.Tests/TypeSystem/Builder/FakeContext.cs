using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Builder;

/// <summary>A resolver context with a parent, arguments and a schema, for calling resolvers directly.</summary>
internal sealed class FakeContext(object? parent, Schema? schema = null, IReadOnlyDictionary<string, object?>? arguments = null) : IResolverContext
{
    public Schema Schema => schema ?? throw new InvalidOperationException("No schema.");

    public ObjectType ObjectType => throw new NotSupportedException();

    public OutputField Field => throw new NotSupportedException();

    public IReadOnlyList<FieldNode> FieldNodes => [];

    public ResponsePath Path => ResponsePath.Root;

    public object? Parent => parent;

    public IReadOnlyDictionary<string, object?> Arguments => arguments ?? new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Variables => new Dictionary<string, object?>();

    public IServiceProvider Services => throw new NotSupportedException();

    public CancellationToken RequestAborted => CancellationToken.None;

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public T GetOrSetGlobalState<T>(string name, Func<string, T> createValue) => throw new NotSupportedException();

    public void RegisterForCleanup(Func<ValueTask> action) => throw new NotSupportedException();

    public T GetParent<T>() => (T)parent!;

    public T? ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out object? value) ? (T?)value : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public TDataLoader DataLoader<TDataLoader>()
        where TDataLoader : class => throw new NotSupportedException();

    public TDataLoader DataLoader<TDataLoader>(object key, Func<IServiceProvider, TDataLoader> create)
        where TDataLoader : class => throw new NotSupportedException();

    public IReadOnlyList<SelectedField> GetSelections(ObjectType type) => [];

    public IReadOnlyList<SelectedField> GetSelections(SelectedField field, ObjectType type) => [];

    public void ReportError(GraphQLError error) => throw new NotSupportedException();
}
