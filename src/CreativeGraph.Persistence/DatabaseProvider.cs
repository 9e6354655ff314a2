namespace CreativeGraph.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
