using Xunit.Abstractions;
using Xunit.Sdk;

namespace CreativeGraph.Persistence.Tests.Fixtures;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        Type? testClass = (testMethod.TestClass.Class as IReflectionTypeInfo)?.Type;
        string? skipReason = testClass is not null && typeof(IPostgresTests).IsAssignableFrom(testClass)
            ? PostgresFixture.SkipReason
            : null;
        TestMethodDisplay display = discoveryOptions.MethodDisplayOrDefault();
        TestMethodDisplayOptions options = discoveryOptions.MethodDisplayOptionsOrDefault();
        yield return skipReason is null
            ? new XunitTestCase(diagnosticMessageSink, display, options, testMethod)
            : new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, options, testMethod, skipReason);
    }
}
