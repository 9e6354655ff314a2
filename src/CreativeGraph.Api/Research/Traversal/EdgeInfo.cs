using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>What an edge carries besides its ends: role or status, dates, and the documents that state it.</summary>
internal sealed record EdgeInfo(ParticipationRole? Role, MembershipStatus? Status, DateOnly? StartDate, DateOnly? EndDate, IReadOnlyList<Source> Sources);
