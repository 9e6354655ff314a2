using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The schema of the validation tests: the spec's example schema (<see cref="TestSchemas.SpecExampleSchema"/>)
/// plus the few fields and directives the §5 examples select without the spec defining them (<c>field</c>,
/// <c>mutateDog</c>, <c>nonNullBooleanListField</c>) and a repeatable directive with an argument.
/// </summary>
internal static class SpecExampleSchema
{
    public const string Additions =
        """

        type Field {
          subfieldA: String
          subfieldB: String
        }

        extend type Query {
          field(arg: FindDogInput): Field
        }

        extend type Mutation {
          mutateDog: Dog
        }

        extend type Arguments {
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): [Boolean]
        }

        directive @repeatableTag(name: String) repeatable on FIELD
        """;

    public static Schema Instance { get; } = Build(Additions);

    /// <summary>The example schema with <paramref name="sdl"/> added.</summary>
    public static Schema Build(string sdl) => SchemaBuilder.FromSdl(TestSchemas.SpecExampleSchema.Sdl + sdl).Build();
}
