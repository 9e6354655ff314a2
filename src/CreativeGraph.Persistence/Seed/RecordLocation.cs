namespace CreativeGraph.Persistence.Seed;

/// <summary>Where a record sits, for error messages: "extra.json: projects[2] (project 'ucp'): field 'endDate': …".</summary>
internal readonly record struct RecordLocation(string File, string Path, string What)
{
    public RecordLocation Child(string path, string what) => new(File, Path + "." + path, What + ", " + what);

    public string Error(string field, string problem) => $"{File}: {Path} ({What}): field '{field}': {problem}";
}
