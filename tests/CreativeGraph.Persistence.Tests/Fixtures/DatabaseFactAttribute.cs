using Xunit.Sdk;

namespace CreativeGraph.Persistence.Tests.Fixtures;

/// <summary>
/// A fact that runs against a database. On a PostgreSQL test class it is skipped, with the reason, when no
/// server is configured — except under CI=true, where the fixture fails instead (see <see cref="PostgresFixture"/>).
/// </summary>
[XunitTestCaseDiscoverer("CreativeGraph.Persistence.Tests.Fixtures.DatabaseFactDiscoverer", "CreativeGraph.Persistence.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatabaseFactAttribute : FactAttribute;
