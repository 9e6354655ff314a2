using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>
/// An enum of the entities' fields: the SDL defines the GraphQL enum of the same name, <see cref="Bind"/> maps its
/// values to the CLR enum's, and <see cref="Declare"/> tells the filter inputs to reference it instead of adding one.
/// </summary>
internal sealed record EntityEnum(Type Type, Action<SchemaBuilder> Bind, Action<DataSchema> Declare)
{
    public static EntityEnum Of<TEnum>()
        where TEnum : struct, Enum =>
        new(typeof(TEnum), b => b.BindEnumType<TEnum>(typeof(TEnum).Name), d => d.ExistingEnumType<TEnum>());
}
