using System.Collections.Concurrent;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Data kept on a schema element for the element's lifetime (HotChocolate's <c>Features</c>): what a layer derives once
/// from a schema, a type, a field or an argument (a printed SDL, a coerced default, the data layer's state for a
/// builder) lives on the element itself, one entry per CLR type of the data, instead of in static side tables.
/// Safe to read and fill from concurrent requests; a value computed twice by a race is computed from the same element,
/// and the first one stored wins.
/// </summary>
public sealed class FeatureCollection
{
    private readonly ConcurrentDictionary<Type, object> _features = new();

    /// <summary>The feature of type <typeparamref name="T"/>, or null when none was stored.</summary>
    public T? Get<T>()
        where T : class => _features.TryGetValue(typeof(T), out object? feature) ? (T)feature : null;

    /// <summary>Stores (or replaces) the feature of type <typeparamref name="T"/>.</summary>
    public void Set<T>(T feature)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(feature);
        _features[typeof(T)] = feature;
    }

    /// <summary>The feature of type <typeparamref name="T"/>, created from <paramref name="state"/> when missing.</summary>
    public T GetOrAdd<T, TState>(TState state, Func<TState, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return _features.TryGetValue(typeof(T), out object? feature)
            ? (T)feature
            : (T)_features.GetOrAdd(typeof(T), static (_, arg) => arg.Create(arg.State), (State: state, Create: create));
    }
}
