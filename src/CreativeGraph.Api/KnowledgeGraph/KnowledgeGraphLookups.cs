using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Data;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>The root lookups by natural key: <c>region(slug:)</c>, <c>project(acronym:)</c>, <c>country(code:)</c>….</summary>
internal static class KnowledgeGraphLookups
{
    private const string SlugArgument = "The stable slug, exactly as `slug` gives it.";

    /// <summary>
    /// The lookups of <paramref name="entities"/> in their order, except that the source documents' comes last, where
    /// the published schema has always had it.
    /// </summary>
    public static SchemaBuilder AddLookups(this SchemaBuilder builder, IEnumerable<GraphEntity> entities) => builder.ExtendObjectType("Query", t =>
    {
        foreach (GraphEntity entity in entities.Where(e => e.Lookup is not null).OrderBy(e => e.Stored is EntityDefinition<Source>))
        {
            entity.Accept(new RootLookupField(t));
        }
    });

    private sealed class RootLookupField(ObjectTypeDescriptor query) : IGraphEntityVisitor
    {
        public void Visit<T>(GraphEntity<T> entity)
            where T : class =>
            Lookup(query, entity.Lookup!.Name, entity.Lookup.Description, entity.Lookup.Argument, entity.Lookup.ArgumentDescription ?? SlugArgument, entity.Find!);
    }

    private static void Lookup<T>(ObjectTypeDescriptor query, string name, string description, string argument, string argumentDescription, Func<KnowledgeGraphDbContext, string, IQueryable<T>> find)
        where T : class =>
        query.Field(name).Type(typeof(T).Name)
            .Description(description + " Null when there is none.")
            .Argument(argument, "String!", a => a.Description(argumentDescription))
            .Resolve(new FieldResolver(async context =>
            {
                string key = context.ArgumentValue<string>(argument)!;
                await using RequestContexts.Loan loan = RequestContexts.Of(context).Lend(context);
                // SQL: … WHERE Slug = @slug LIMIT 1, as the compiled query of its shape
                List<T> rows = await find(loan.Db, key).AsNoTracking().Take(1).ToCompiledListAsync(loan.Db, context.RequestAborted);
                return rows.Count > 0 ? rows[0] : null;
            }));
}
