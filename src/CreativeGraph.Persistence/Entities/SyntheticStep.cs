using System.Collections;

namespace CreativeGraph.Persistence.Entities;

/// <summary>
/// A step of the synthetic generator that an entity declaration brings with it (<see cref="EntityDefinition.Synthetic"/>):
/// it adds the entity type's rows to a generated graph. The generator (<c>Synthetic/</c>) runs the declared steps
/// after its own, in the order of the declarations, from the same random stream, checks that each row's key is its
/// position + 1 and cites every row they add.
/// </summary>
internal abstract class SyntheticStep
{
    /// <summary>The entity type whose rows the step adds.</summary>
    public abstract Type EntityType { get; }

    /// <summary>Adds rows to <paramref name="rows"/>, the generated rows of the entity type so far.</summary>
    public abstract void AddRows(ISyntheticStepContext context, IList rows);
}

/// <summary>The step that adds <typeparamref name="T"/>'s rows.</summary>
/// <param name="add">
/// Adds rows to the list, each with <c>Id</c> = its position + 1 and foreign keys by the ids of rows generated before;
/// every choice comes from the context's random stream.
/// </param>
internal sealed class SyntheticStep<T>(Action<ISyntheticStepContext, List<T>> add) : SyntheticStep
    where T : class
{
    public override Type EntityType => typeof(T);

    public override void AddRows(ISyntheticStepContext context, IList rows) => add(context, (List<T>)rows);
}
