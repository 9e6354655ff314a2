namespace CreativeGraph.Persistence.Model;

public enum ProjectStatus
{
    Unknown,
    Planned,
    Running,
    Finished,
}
