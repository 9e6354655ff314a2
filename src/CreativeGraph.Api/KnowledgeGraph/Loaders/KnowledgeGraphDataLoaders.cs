using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

// The loaders of the knowledge-graph schema: one class per relationship, so each request holds one
// instance (and one cache) per relationship. Each batch is one SQL statement.
#pragma warning disable SA1402, CA1812 // instantiated by the executor's data-loader factory

internal sealed class CountryByIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db) : EntityByIdDataLoader<Country>(db, c => c.Id);

internal sealed class RegionByIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db) : EntityByIdDataLoader<Region>(db, r => r.Id);

internal sealed class CityByIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db) : EntityByIdDataLoader<City>(db, c => c.Id);

internal sealed class ProjectByIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db) : EntityByIdDataLoader<Project>(db, p => p.Id);

internal sealed class ProgrammeByIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db) : EntityByIdDataLoader<Programme>(db, p => p.Id);

internal sealed class NetworkByIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db) : EntityByIdDataLoader<Network>(db, n => n.Id);

internal sealed class RegionsByCountryIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<Region>(db, r => r.CountryId, q => q.OrderBy(r => r.Name));

internal sealed class CitiesByCountryIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<City>(db, c => c.CountryId, q => q.OrderBy(c => c.Name));

internal sealed class CitiesByRegionIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<City>(db, c => c.RegionId, q => q.OrderBy(c => c.Name));

internal sealed class PartnersByCityIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<Partner>(db, p => p.CityId, q => q.OrderBy(p => p.Name));

internal sealed class ParticipationsByPartnerIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<Participation>(db, p => p.PartnerId, q => q.Include(p => p.Project).Include(p => p.Partner).OrderBy(p => p.Project.Acronym));

internal sealed class ParticipationsByProjectIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<Participation>(db, p => p.ProjectId, q => q.Include(p => p.Project).Include(p => p.Partner).OrderBy(p => p.Role).ThenBy(p => p.Partner.Name));

internal sealed class ProjectsByProgrammeIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<Project>(db, p => p.ProgrammeId, q => q.OrderBy(p => p.Acronym));

internal sealed class MembershipsByRegionIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<Membership>(db, m => m.RegionId, q => q.Include(m => m.Network).Include(m => m.Region).OrderBy(m => m.Network.Name));

internal sealed class MembershipsByNetworkIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<Membership>(db, m => m.NetworkId, q => q.Include(m => m.Network).Include(m => m.Region).OrderBy(m => m.Status).ThenBy(m => m.Region.Name));

internal sealed class ForumsByHostRegionIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<Forum>(db, f => f.HostRegionId, q => q.OrderBy(f => f.Year));

internal sealed class ForumsByNetworkIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<Forum>(db, f => f.NetworkId, q => q.OrderBy(f => f.Ordinal));

internal sealed class ObjectivesByProjectIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<ProjectObjective>(db, o => o.ProjectId, q => q.OrderBy(o => o.Ordinal));

internal sealed class ResultsByProjectIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<ProjectResult>(db, r => r.ProjectId, q => q.OrderBy(r => r.Ordinal));

internal sealed class ProjectCitiesByProjectIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<ProjectCity>(db, c => c.ProjectId, q => q.Include(c => c.City).OrderBy(c => c.City.Name));

internal sealed class ProjectRegionsByProjectIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<ProjectRegion>(db, r => r.ProjectId, q => q.Include(r => r.Region).OrderBy(r => r.Region.Name));

internal sealed class ProjectSectorsByProjectIdDataLoader(IDbContextFactory<KnowledgeGraphDbContext> db)
    : EntitiesByKeyDataLoader<ProjectSector>(db, s => s.ProjectId, q => q.Include(s => s.Sector).OrderBy(s => s.Sector.Name));
