using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// One entity type as plain SQL sees it: its table and, per CLR property, its column and type mapping, all read from
/// the EF Core model (names as configured, delimited by the provider). Only a simple table qualifies: one entity type
/// per table, no inheritance, no query filter, no owned or complex members; anything else stays with EF Core's LINQ.
/// </summary>
internal sealed class TableMap
{
    private readonly Dictionary<PropertyInfo, ColumnMap> _columns;

    private TableMap(IEntityType entityType, string table, Dictionary<PropertyInfo, ColumnMap> columns)
    {
        EntityType = entityType;
        Table = table;
        _columns = columns;
        Scalars = [.. columns.Values.Where(c => c.Member.SetMethod is not null)];
    }

    public IEntityType EntityType { get; }

    /// <summary>The delimited table name, with its schema when it has one.</summary>
    public string Table { get; }

    /// <summary>Every mapped scalar property with a setter: what reading the whole row sets.</summary>
    public IReadOnlyList<ColumnMap> Scalars { get; }

    public ColumnMap? Column(MemberInfo member) => member is PropertyInfo property && _columns.TryGetValue(property, out ColumnMap? column) ? column : null;

    /// <summary>The map of <paramref name="clrType"/> in the context's model, kept on the model; null when the type is not a simple table.</summary>
    public static TableMap? Find(DbContext context, Type clrType) =>
        context.Model.GetOrAddRuntimeAnnotationValue(
            "CreativeGraph:TableMaps",
            static _ => new System.Collections.Concurrent.ConcurrentDictionary<Type, TableMap?>(),
            (object?)null)
        .GetOrAdd(clrType, static (type, context) => Build(context.Model, context.GetService<ISqlGenerationHelper>(), type), context);

    private static TableMap? Build(IModel model, ISqlGenerationHelper sql, Type clrType)
    {
        if (model.FindEntityType(clrType) is not { } entityType
            || entityType.GetTableName() is not { } table
            || entityType.BaseType is not null
            || entityType.GetDirectlyDerivedTypes().Any()
            || entityType.GetDeclaredQueryFilters().Count > 0
            || entityType.GetComplexProperties().Any()
            || entityType.IsOwned())
        {
            return null;
        }

        StoreObjectIdentifier store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        Dictionary<PropertyInfo, ColumnMap> columns = [];
        foreach (IProperty property in entityType.GetProperties())
        {
            if (property.PropertyInfo is { } member && property.GetColumnName(store) is { } column)
            {
                columns[member] = new ColumnMap(member, property, sql.DelimitIdentifier(column), (RelationalTypeMapping)property.GetTypeMapping());
            }
        }

        return new TableMap(entityType, sql.DelimitIdentifier(table, entityType.GetSchema()), columns);
    }
}

/// <summary>One mapped property: its delimited column and the provider's type mapping (how values are read and sent).</summary>
internal sealed record ColumnMap(PropertyInfo Member, IProperty Property, string Column, RelationalTypeMapping Mapping);
