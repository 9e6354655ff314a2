namespace CreativeGraph.Persistence.Model;

public enum EventStatus
{
    Held,
    Planned,
}
