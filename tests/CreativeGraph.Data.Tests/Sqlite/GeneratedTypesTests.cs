using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Tests.Sqlite;

/// <summary>The generated types have HotChocolate's names and fields exactly: the names and fields a HotChocolate server generates for the same entities.</summary>
[Collection(SqliteCollection.Name)]
public sealed class GeneratedTypesTests(SqliteFixture db)
{
    // The shapes are HotChocolate's; the descriptions are ours and asserted elsewhere, so they are left out here.
    private string Print(string name) => WithoutDescriptions(SchemaPrinter.PrintType(db.Schema.GetType<NamedType>(name)!).ReplaceLineEndings("\n"));

    private static string WithoutDescriptions(string sdl) =>
        System.Text.RegularExpressions.Regex.Replace(sdl, "^ *\"\"\"(?:.|\n)*?\"\"\"\n", "", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Replace("\n\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Entity_filter_input_has_and_or_and_one_field_per_member_without_ignored_ones() => Assert.Equal(
        """
        input CityFilterInput {
          and: [CityFilterInput!]
          or: [CityFilterInput!]
          id: IntOperationFilterInput
          name: StringOperationFilterInput
          nickname: StringOperationFilterInput
          population: IntOperationFilterInput
          altitude: IntOperationFilterInput
          visitorCount: LongOperationFilterInput
          area: DecimalOperationFilterInput
          rating: FloatOperationFilterInput
          updatedAt: DateTimeOperationFilterInput
          founded: DateOperationFilterInput
          code: UuidOperationFilterInput
          isCapital: BooleanOperationFilterInput
          coastal: BooleanOperationFilterInput
          kind: CityKindOperationFilterInput
          formerKind: CityKindOperationFilterInput
          region: RegionFilterInput
          districts: ListFilterInputTypeOfDistrictFilterInput
          partners: ListFilterInputTypeOfPartnerFilterInput
        }
        """,
        Print("CityFilterInput"));

    [Fact]
    public void String_operations_are_HotChocolates() => Assert.Equal(
        """
        input StringOperationFilterInput {
          and: [StringOperationFilterInput!]
          or: [StringOperationFilterInput!]
          eq: String
          neq: String
          contains: String
          ncontains: String
          in: [String]
          nin: [String]
          startsWith: String
          nstartsWith: String
          endsWith: String
          nendsWith: String
        }
        """,
        Print("StringOperationFilterInput"));

    [Theory]
    [InlineData("IntOperationFilterInput", "Int")]
    [InlineData("LongOperationFilterInput", "Long")]
    [InlineData("DecimalOperationFilterInput", "Decimal")]
    [InlineData("FloatOperationFilterInput", "Float")]
    [InlineData("DateTimeOperationFilterInput", "DateTime")]
    [InlineData("DateOperationFilterInput", "Date")]
    [InlineData("UuidOperationFilterInput", "UUID")]
    public void Comparable_operations_are_HotChocolates(string name, string scalar) => Assert.Equal(
        $$"""
        input {{name}} {
          eq: {{scalar}}
          neq: {{scalar}}
          in: [{{scalar}}]
          nin: [{{scalar}}]
          gt: {{scalar}}
          ngt: {{scalar}}
          gte: {{scalar}}
          ngte: {{scalar}}
          lt: {{scalar}}
          nlt: {{scalar}}
          lte: {{scalar}}
          nlte: {{scalar}}
        }
        """,
        Print(name));

    [Fact]
    public void Generated_types_describe_themselves_and_every_field()
    {
        foreach (string name in (string[])["CityFilterInput", "StringOperationFilterInput", "IntOperationFilterInput", "CitySortInput", "SortEnumType", "PageInfo", "CitiesConnection", "CitiesEdge", "CitiesCollectionSegment", "CollectionSegmentInfo"])
        {
            NamedType type = db.Schema.GetType<NamedType>(name)!;
            Assert.False(string.IsNullOrWhiteSpace(type.Description), $"{name} has no description");
            (string Name, string? Description)[] members = type switch
            {
                InputObjectType input => [.. input.Fields.Select(f => (f.Name, f.Description))],
                ObjectType output => [.. output.Fields.Select(f => (f.Name, f.Description))],
                EnumType enumeration => [.. enumeration.Values.Select(v => (v.Name, v.Description))],
                _ => throw new InvalidOperationException(name),
            };
            Assert.NotEmpty(members);
            Assert.All(members, m => Assert.False(string.IsNullOrWhiteSpace(m.Description), $"{name}.{m.Name} has no description"));
        }
    }

    [Fact]
    public void Boolean_enum_and_list_operations_are_HotChocolates() => Assert.Equal(
        """
        input BooleanOperationFilterInput {
          eq: Boolean
          neq: Boolean
        }
        input CityKindOperationFilterInput {
          eq: CityKind
          neq: CityKind
          in: [CityKind!]
          nin: [CityKind!]
        }
        input ListFilterInputTypeOfDistrictFilterInput {
          all: DistrictFilterInput @cost(weight: "10")
          none: DistrictFilterInput @cost(weight: "10")
          some: DistrictFilterInput @cost(weight: "10")
          any: Boolean @cost(weight: "10")
        }
        """,
        string.Join("\n", Print("BooleanOperationFilterInput"), Print("CityKindOperationFilterInput"), Print("ListFilterInputTypeOfDistrictFilterInput")));

    [Fact]
    public void Sort_input_has_scalars_as_SortEnumType_nested_objects_as_their_sort_input_and_lists_by_their_size() => Assert.Equal(
        """
        enum SortEnumType {
          ASC
          DESC
        }
        input RegionSortInput {
          id: SortEnumType
          name: SortEnumType
          rank: SortEnumType
          citiesCount: SortEnumType
          partnersCount: SortEnumType
        }
        """,
        string.Join("\n", Print("SortEnumType"), Print("RegionSortInput")));

    [Fact]
    public void Paged_field_has_HotChocolates_arguments_and_connection_types()
    {
        Assert.Equal(
            "cities(first: Int, after: String, last: Int, before: String, where: CityFilterInput, order: [CitySortInput!]): CitiesConnection "
            + "@listSize(assumedSize: 50, slicingArguments: [\"first\", \"last\"], slicingArgumentDefaultValue: 10, sizedFields: [\"edges\", \"nodes\"], requireOneSlicingArgument: false)",
            Print("Query").Split('\n')[1].Trim());
        Assert.Equal(
            """
            type CitiesConnection {
              pageInfo: PageInfo!
              edges: [CitiesEdge!]
              nodes: [City!]
              totalCount: Int!
              aggregate: CityAggregate! @cost(weight: "20")
            }
            type CitiesEdge {
              cursor: String!
              node: City!
            }
            type PageInfo {
              hasNextPage: Boolean!
              hasPreviousPage: Boolean!
              startCursor: String
              endCursor: String
            }
            """,
            string.Join("\n", Strip(Print("CitiesConnection")), Strip(Print("CitiesEdge")), Strip(Print("PageInfo"))));
    }

    [Fact]
    public void Offset_paged_field_has_HotChocolates_arguments_and_collection_segment_types()
    {
        Assert.Equal(
            "citiesPage(skip: Int, take: Int, where: CityFilterInput, order: [CitySortInput!]): CitiesCollectionSegment "
            + "@listSize(assumedSize: 50, slicingArguments: [\"take\"], slicingArgumentDefaultValue: 10, sizedFields: [\"items\"], requireOneSlicingArgument: false)",
            Print("Query").Split('\n').Single(l => l.Trim().StartsWith("citiesPage(", StringComparison.Ordinal)).Trim());
        Assert.Equal(
            """
            type CitiesCollectionSegment {
              pageInfo: CollectionSegmentInfo!
              items: [City!]
              totalCount: Int!
            }
            type CollectionSegmentInfo {
              hasNextPage: Boolean!
              hasPreviousPage: Boolean!
            }
            """,
            string.Join("\n", Strip(Print("CitiesCollectionSegment")), Strip(Print("CollectionSegmentInfo"))));
    }

    // Descriptions are ours (the conventions doc fixes names and shapes, not prose).
    private static string Strip(string sdl) => string.Join("\n", sdl.Split('\n').Where(l => !l.StartsWith('"')));
}
