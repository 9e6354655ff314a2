using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Participation</c> slice of the schema: what each of its types exposes.</summary>
internal static class ParticipationEntity
{
    /// <summary>A partner's participation in a project (an edge that carries data).</summary>
    public static GraphEntity<Participation> Participation { get; } = new(StoredEntities.Participation)
    {
        IsNode = true,
        Traversal = new()
        {
            Relations = [new("Participation", "Partner → Project: the partner takes part in the project (with a role).")],
            Edges = [new("Participation", new("Partner", p => p.PartnerId), [new("Project", p => p.ProjectId)])],
            Details = p => new EdgeDetails(p.Role, null, p.Project.StartDate, p.Project.EndDate),
        },
        Filterable = ["Id", "Role"],
    };
}
