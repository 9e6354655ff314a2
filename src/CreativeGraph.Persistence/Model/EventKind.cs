namespace CreativeGraph.Persistence.Model;

public enum EventKind
{
    Conference,
    Delegation,
    Fair,
    Launch,
    Mission,
    PoliticalMeeting,
    CulturalYear,
}
