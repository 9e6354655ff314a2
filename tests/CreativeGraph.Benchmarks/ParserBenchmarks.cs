using BenchmarkDotNet.Attributes;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.Benchmarks;

[MemoryDiagnoser]
public class ParserBenchmarks
{
    [Benchmark]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(IntrospectionQuery.Text);
}
