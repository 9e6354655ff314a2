using System.Runtime.CompilerServices;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TestSchemas;

/// <summary>
/// The spec's example schema (§5 Validation: Dog, Cat, Human, Alien, Pet, Sentient, CatOrDog, DogOrHuman,
/// HumanOrAlien, Arguments…) plus graphql-js harness types (Being, Mind, ComplicatedArgs…), read from
/// <c>SpecExampleSchema.graphql</c> next to this file. Built once; schemas are immutable and shareable.
/// </summary>
public static class SpecExampleSchema
{
    private static readonly Lazy<string> s_sdl = new(() => File.ReadAllText(Path.Combine(Directory(), "SpecExampleSchema.graphql")));
    private static readonly Lazy<Schema> s_schema = new(() => SchemaBuilder.FromSdl(Sdl).Build());

    /// <summary>The SDL text.</summary>
    public static string Sdl => s_sdl.Value;

    /// <summary>The built schema (resolvers are the default ones).</summary>
    public static Schema Schema => s_schema.Value;

    private static string Directory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
