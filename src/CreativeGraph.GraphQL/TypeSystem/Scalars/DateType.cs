using System.Globalization;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>HotChocolate's <c>Date</c> scalar: an ISO-8601 calendar date <c>yyyy-MM-dd</c>, runtime <see cref="DateOnly"/>.</summary>
internal sealed class DateType : StringFormattedScalarType<DateOnly>
{
    public DateType()
        : base("Date", "The `Date` scalar represents an ISO-8601 compliant date type.")
    {
    }

    protected override bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    protected override string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override bool TryConvert(object value, out DateOnly runtime)
    {
        switch (value)
        {
            case DateOnly d:
                runtime = d;
                return true;
            case DateTime dt:
                runtime = DateOnly.FromDateTime(dt);
                return true;
            case DateTimeOffset dto:
                runtime = DateOnly.FromDateTime(dto.DateTime);
                return true;
            default:
                runtime = default;
                return false;
        }
    }
}
