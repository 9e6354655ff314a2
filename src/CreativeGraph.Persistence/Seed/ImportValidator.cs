using System.Text.RegularExpressions;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

/// <summary>
/// Checks a whole batch before anything is written: natural keys well formed and unique, every reference
/// resolvable in the batch or the database, every record citing at least one source, values in range.
/// </summary>
internal sealed partial class ImportValidator
{
    private readonly List<string> _errors = [];
    private readonly Dictionary<(string Kind, string Key), string> _seen = [];
    private readonly KnownKeys _known;
    private readonly IReadOnlyList<EntityDefinition> _entities;

    private ImportValidator(KnownKeys known, IReadOnlyList<EntityDefinition> entities)
    {
        _known = known;
        _entities = entities;
    }

    /// <summary>The errors of the batch; the sections entity declarations add are those of <paramref name="index"/>'s entity types.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<ParsedFile> files, GraphIndex index)
    {
        var validator = new ImportValidator(KnownKeys.From(files, index), index.Entities);
        foreach (ParsedFile file in files)
        {
            validator.ValidateFile(file);
        }

        return validator._errors;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCodePattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    internal void Fail(RecordLocation at, string field, string problem) => _errors.Add(at.Error(field, problem));

    internal void Unique(RecordLocation at, string kind, string field, string key)
    {
        if (!_seen.TryAdd((kind, key), at.File + ": " + at.Path))
        {
            Fail(at, field, $"duplicate {kind} '{key}', already defined at {_seen[(kind, key)]}.");
        }
    }

    internal void Slug(RecordLocation at, string field, string value)
    {
        if (!SlugPattern().IsMatch(value))
        {
            Fail(at, field, $"'{value}' is not a slug (lower-case letters and digits separated by single hyphens).");
        }
    }

    internal void Text(RecordLocation at, string field, string? value, int maxLength = ModelConventions.NameLength)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(at, field, "must not be empty.");
        }
        else if (value.Length > maxLength)
        {
            Fail(at, field, $"is {value.Length} characters long; at most {maxLength} are allowed.");
        }
    }

    internal void Language(RecordLocation at, string field, string? value)
    {
        if (value is not null && value != "und" && !LanguagePattern().IsMatch(value))
        {
            Fail(at, field, $"'{value}' is not a BCP 47 language tag such as 'en', 'da' or 'sl'.");
        }
    }

    private void Currency(RecordLocation at, string field, string? value, bool amountGiven)
    {
        if (value is null ? amountGiven : !CurrencyPattern().IsMatch(value))
        {
            Fail(at, field, "an amount needs an ISO 4217 currency code such as 'EUR'.");
        }
    }

    // The message names the kind of entity by its type name in lower case ("no city 'x' exists …").
    internal void Reference(RecordLocation at, string field, string? value, EntityDefinition entity)
    {
        if (value is not null && !_known.Contains(entity, value))
        {
            Fail(at, field, $"no {entity.Name.ToLowerInvariant()} '{value}' exists in the imported files or the database.");
        }
    }

    internal void Website(RecordLocation at, string field, string? value)
    {
        if (value is not null && !WebsiteNormalizer.TryNormalize(value, out _))
        {
            Fail(at, field, $"'{value}' is not a website address.");
        }
    }

    internal void Range(RecordLocation at, string field, double? value, double min, double max)
    {
        if (value is double v && (double.IsNaN(v) || v < min || v > max))
        {
            Fail(at, field, $"{v} is outside the range {min}..{max}.");
        }
    }

    internal void Dates(RecordLocation at, string field, DateOnly? start, DateOnly? end)
    {
        if (start is DateOnly s && end is DateOnly e && e < s)
        {
            Fail(at, field, $"ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd}).");
        }
    }

    internal void Sources(RecordLocation at, IReadOnlyList<string> sources)
    {
        if (sources.Count == 0)
        {
            Fail(at, "sources", "every record must cite at least one source.");
        }

        foreach (string source in sources)
        {
            Reference(at, "sources", source, StoredEntities.Source);
        }
    }

    internal void Names(RecordLocation at, IReadOnlyList<IAlternativeName> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            RecordLocation name = at.Child($"names[{i}]", $"name '{names[i].Name}'");
            Text(name, "name", names[i].Name);
            Language(name, "language", names[i].Language);
            Reference(name, "source", names[i].Source, StoredEntities.Source);
        }
    }

    private void Ordinals(RecordLocation at, string list, IEnumerable<int> ordinals)
    {
        var seen = new HashSet<int>();
        foreach (int ordinal in ordinals)
        {
            if (ordinal < 1 || !seen.Add(ordinal))
            {
                Fail(at, list, $"ordinal {ordinal} is not a unique positive number.");
            }
        }
    }
}
