using System.Linq.Expressions;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>
/// What an entity type adds to the research graph: whether its rows are nodes the traversals visit, the kinds of
/// relation it declares (values of the GraphQL enum <c>RelationKind</c>), the edges one row makes and what those
/// edges carry, when a row (or its edges) is active, and how its rows appear in the export. The traversal index,
/// <c>GraphEdge</c>'s data and provenance, the periods of the research fields and the export read this.
/// </summary>
internal sealed class EntityTraversal<T>
    where T : class
{
    /// <summary>True when each row is a node of the traversal index, named by the type (<c>Partner:42</c>).</summary>
    public bool IsNode { get; init; }

    /// <summary>The relation kinds this slice declares; another slice's rows may make them too (e.g. <c>LocatedIn</c>).</summary>
    public IReadOnlyList<RelationDeclaration> Relations { get; init; } = [];

    /// <summary>The edges one row makes, each cited under the row's natural key.</summary>
    public IReadOnlyList<EdgeDeclaration<T>> Edges { get; init; } = [];

    /// <summary>The role, status and dates every edge of a row carries, or null when they carry none.</summary>
    public Expression<Func<T, EdgeDetails>>? Details { get; init; }

    /// <summary>When a row is active as a node (projects, events); null when it always is.</summary>
    public ActiveSpan<T>? Active { get; init; }

    /// <summary>When the edges a row makes are active (memberships); null when they are as active as their ends.</summary>
    public ActiveSpan<T>? EdgesActive { get; init; }

    /// <summary>How a node row appears in the graph export (its label and attributes); null when nodes of the type are not exported.</summary>
    public EntityExport<T>? Export { get; init; }
}

/// <summary>
/// When a row is active: from its first to its last day, both read from its columns. A null day leaves that end
/// open, so a row is outside a period only when its known dates put it there. <paramref name="From"/> and
/// <paramref name="To"/> are read where the row is read (plain columns also in SQL, for the period filters of
/// projects); a rule beyond a column is a static method the expression calls.
/// </summary>
internal sealed record ActiveSpan<T>(Expression<Func<T, DateOnly?>> From, Expression<Func<T, DateOnly?>> To);

/// <summary>A kind of relation: its name (<c>LocatedIn</c>, GraphQL value <c>LOCATED_IN</c>) and its description, read from the stored <c>from</c> to <c>to</c>.</summary>
internal sealed record RelationDeclaration(string Name, string Description);

/// <summary>
/// One edge of a row: its relation kind, its <c>from</c> end (the row itself when null) and its <c>to</c> end, the
/// first of <paramref name="To"/> whose key is set (a partner is located in its city, else its region, else its
/// country). A row whose ends are all unset makes no such edge.
/// </summary>
internal sealed record EdgeDeclaration<T>(string Relation, EdgeEnd<T>? From, IReadOnlyList<EdgeEnd<T>> To);

/// <summary>An end of an edge: the node type and the row's column holding its key.</summary>
internal sealed record EdgeEnd<T>(string Type, Expression<Func<T, int?>> Key);

/// <summary>What an edge carries besides its ends, where the graph knows it.</summary>
internal sealed record EdgeDetails(ParticipationRole? Role, MembershipStatus? Status, DateOnly? StartDate, DateOnly? EndDate);
