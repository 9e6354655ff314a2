using Xunit.Abstractions;
using Xunit.Sdk;

namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>Marks a test class that runs against PostgreSQL, so its facts and theories are skipped when no server is configured.</summary>
public interface IPostgresTests;

/// <summary>
/// A fact of a provider test class: on a PostgreSQL class (<see cref="IPostgresTests"/>) it is skipped, with the
/// reason, when CREATIVEGRAPH_TEST_POSTGRES is not set — except under CI=true, where the fixture fails instead.
/// </summary>
[XunitTestCaseDiscoverer("CreativeGraph.Data.Tests.Fixtures.ProviderFactDiscoverer", "CreativeGraph.Data.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProviderFactAttribute : FactAttribute;

/// <summary>A theory of a provider test class; skipped like <see cref="ProviderFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("CreativeGraph.Data.Tests.Fixtures.ProviderTheoryDiscoverer", "CreativeGraph.Data.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProviderTheoryAttribute : TheoryAttribute;

public sealed class ProviderFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        Postgres.PostgresFixture.SkipReasonFor(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class ProviderTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        Postgres.PostgresFixture.SkipReasonFor(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
