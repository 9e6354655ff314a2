using BenchmarkDotNet.Attributes;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.GraphQL.Validation;

namespace CreativeGraph.Benchmarks;

[MemoryDiagnoser]
public class ValidationBenchmarks
{
    // 30 fields: 3 aliased root fields with 9 fields below each.
    private const string ThirtyFields = """
        query Partners {
          a: partners { ...P }
          b: partners { ...P }
          c: partners { id name country projects { id title organisations { id name } } }
        }

        fragment P on Partner {
          id
          name
          country
          projects { id title organisations { id name } }
        }
        """;

    private Schema _schema = null!;
    private DocumentNode _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkSchema.Create();
        _document = Parser.Parse(ThirtyFields);
        if (DocumentValidator.Validate(_schema, _document).Count > 0)
        {
            throw new InvalidOperationException("The benchmark document must be valid.");
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateThirtyFieldQuery() => DocumentValidator.Validate(_schema, _document);
}
