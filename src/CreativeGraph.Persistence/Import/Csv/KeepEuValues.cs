using System.Globalization;
using System.Text.RegularExpressions;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>How the values of a keep.eu-style table are written, read into the graph's types.</summary>
public static partial class KeepEuValues
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>A day as ISO 8601 (2016-01-31) or as Europe writes it (31/01/2016, 31.01.2016).</summary>
    public static bool TryDate(string value, out DateOnly date)
    {
        if (DateTime.TryParseExact(value, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>
    /// An amount in euro as exports write it: "1234567.89", "1,234,567.89", "1.234.567,89", "1 234 567,89", "€ 1,5".
    /// The last '.' or ',' followed by one or two digits is the decimal mark; the others group thousands.
    /// </summary>
    public static bool TryAmount(string value, out decimal amount)
    {
        string digits = value.Replace("€", "", StringComparison.Ordinal).Replace("EUR", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal)
            .Replace("'", "", StringComparison.Ordinal);
        int mark = digits.LastIndexOfAny(['.', ',']);
        if (mark >= 0 && digits.Length - mark - 1 is 1 or 2)
        {
            digits = digits[..mark].Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) + "." + digits[(mark + 1)..];
        }
        else
        {
            digits = digits.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }

        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>A programme period: "2014 - 2020", "2014–2020", "2014/2020", or one year.</summary>
    public static bool TryPeriod(string value, out int start, out int end)
    {
        Match match = PeriodPattern().Match(value);
        start = end = 0;
        if (!match.Success)
        {
            return false;
        }

        start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        end = match.Groups["end"].Success ? int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture) : start;
        return start <= end;
    }

    /// <summary>keep.eu's partner roles: lead partner (LP), partner (PP, project partner), associated partner (AP).</summary>
    public static ParticipationRole? Role(string? value) => value is null ? ParticipationRole.Partner : SearchNormalizer.Normalize(value) switch
    {
        "lead partner" or "lead" or "lp" or "leadpartner" or "lead beneficiary" or "coordinator" => ParticipationRole.LeadPartner,
        "partner" or "pp" or "project partner" or "beneficiary" or "partner organisation" => ParticipationRole.Partner,
        "associated" or "associated partner" or "ap" or "associated strategic partner" or "asp" or "associate partner" => ParticipationRole.CooperationPartner,
        _ => null,
    };

    [GeneratedRegex(@"^\s*(?<start>(19|20)\d\d)\s*(?:[-–—/]|to)?\s*(?<end>(19|20)\d\d)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
