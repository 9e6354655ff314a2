using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// HotChocolate's <c>DateTime</c> scalar: an RFC 3339 / ISO-8601 date-time with a required offset,
/// runtime <see cref="DateTimeOffset"/>; serialized as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (or with the offset).
/// </summary>
internal sealed class DateTimeType : StringFormattedScalarType<DateTimeOffset>
{
    public DateTimeType()
        : base("DateTime", "The `DateTime` scalar represents an ISO-8601 compliant date time type.", "https://www.graphql-scalars.com/date-time")
    {
    }

    protected override bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return HasDateTimeShape(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value);
    }

    protected override string Format(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    protected override bool TryConvert(object value, out DateTimeOffset runtime)
    {
        switch (value)
        {
            case DateTimeOffset dto:
                runtime = dto;
                return true;
            case DateTime dt:
                // An unspecified kind is taken as UTC: the data layer stores UTC.
                runtime = dt.Kind == DateTimeKind.Local ? new DateTimeOffset(dt) : new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc));
                return true;
            default:
                runtime = default;
                return false;
        }
    }

    // A full date, a 'T' (or space) and a time, and an explicit offset: "Z" or "±hh:mm".
    private static bool HasDateTimeShape([NotNullWhen(true)] string? text)
    {
        if (text is null || text.Length < 20 || text[4] != '-' || text[7] != '-' || (text[10] is not ('T' or 't' or ' ')))
        {
            return false;
        }

        char last = text[^1];
        if (last is 'Z' or 'z')
        {
            return true;
        }

        return text.Length >= 25 && text[^3] == ':' && text[^6] is '+' or '-';
    }
}
