using System.Collections;
using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Persistence.Synthetic;

/// <summary>
/// A step of the synthetic generator that an entity declaration brings with it (<see cref="EntityDefinition.Synthetic"/>):
/// it adds the entity type's rows to the graph. The generator runs the declared steps after its own, in the order
/// of the declarations, from the same random stream, and cites every row they add.
/// </summary>
internal abstract class SyntheticStep
{
    /// <summary>The entity type whose rows the step adds.</summary>
    public abstract Type EntityType { get; }

    /// <summary>Adds <paramref name="entity"/>'s rows to the graph of <paramref name="context"/>; returns the rows added.</summary>
    public abstract IList AddRows(SyntheticStepContext context, EntityDefinition entity);
}

/// <summary>The step that adds <typeparamref name="T"/>'s rows.</summary>
/// <param name="add">
/// Adds rows to the list (<c>graph.Rows(entity)</c>), each with <c>Id</c> = its position + 1 and foreign keys by the
/// ids of rows generated before; every choice comes from <see cref="SyntheticStepContext.Random"/>.
/// </param>
internal sealed class SyntheticStep<T>(Action<SyntheticStepContext, List<T>> add) : SyntheticStep
    where T : class
{
    public override Type EntityType => typeof(T);

    public override IList AddRows(SyntheticStepContext context, EntityDefinition entity)
    {
        var definition = (EntityDefinition<T>)entity;
        List<T> rows = context.Graph.Rows(definition);
        int before = rows.Count;
        add(context, rows);
        for (int i = before; i < rows.Count; i++)
        {
            if (definition.IdOf(rows[i]) != i + 1)
            {
                throw new InvalidOperationException($"The synthetic step of {entity.Name} gave its row {i + 1} the key {definition.IdOf(rows[i])}.");
            }
        }

        return rows.GetRange(before, rows.Count - before);
    }
}
