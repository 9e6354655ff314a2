using System.Text;
using CreativeGraph.Persistence.Import.Csv;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Tests.Import;

/// <summary>Row checks: each bad value is rejected with its line, its code and a reason; good rows read into the graph's types.</summary>
public sealed class KeepEuRowValidatorTests
{
    private const string Header = "Project acronym;Project title;Programme;Programme period;Start date;End date;Total budget;EU co-financing;Partner name;Partner role;Country\n";

    private static (List<KeepEuParticipation> Accepted, List<RejectedRow> Rejected) Validate(string body) =>
        KeepEuRowValidator.Validate(KeepEuCsvReader.Read(Encoding.UTF8.GetBytes(Header + body), "t.csv"), new CountryDirectory([], []));

    [Theory]
    [InlineData("A;T;P;2014 - 2020;2016-13-01;2018-01-01;100;50;O;LP;DE", CsvImportCodes.BadDate, "start date '2016-13-01'")]
    [InlineData("A;T;P;2014 - 2020;2018-01-01;2016-01-01;100;50;O;LP;DE", CsvImportCodes.BadDate, "ends (2016-01-01) before it starts (2018-01-01)")]
    [InlineData("A;T;P;2014 - 2020;2016-01-01;2018-01-01;-100;0;O;LP;DE", CsvImportCodes.BadAmount, "total budget '-100'")]
    [InlineData("A;T;P;2014 - 2020;2016-01-01;2018-01-01;100;150;O;LP;DE", CsvImportCodes.BadAmount, "more than the total budget")]
    [InlineData("A;T;P;2020 - 2014;2016-01-01;2018-01-01;100;50;O;LP;DE", CsvImportCodes.BadPeriod, "'2020 - 2014'")]
    [InlineData("A;T;P;2014 - 2020;2016-01-01;2018-01-01;100;50;O;Sponsor;DE", CsvImportCodes.BadRole, "'Sponsor'")]
    [InlineData("A;T;P;2014 - 2020;2016-01-01;2018-01-01;100;50;O;LP;Atlantis", CsvImportCodes.UnknownCountry, "'Atlantis'")]
    [InlineData("A;T;P;2014 - 2020;2016-01-01;2018-01-01;100;50;;LP;DE", CsvImportCodes.MissingValue, "partner name")]
    public void A_bad_value_rejects_its_row_with_line_code_and_reason(string row, string code, string reason)
    {
        (List<KeepEuParticipation> accepted, List<RejectedRow> rejected) = Validate("X;T;P;2014 - 2020;2016-01-01;2018-01-01;100;50;Good;LP;DE\n" + row + "\n");

        Assert.Single(accepted);
        RejectedRow refused = Assert.Single(rejected);
        Assert.Equal((3L, code), (refused.Line, refused.Code));
        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_stated_differently_or_a_partner_in_two_roles_is_a_conflict_with_the_earlier_line()
    {
        (_, List<RejectedRow> rejected) = Validate(
            "A;T;P;2014 - 2020;2016-01-01;2018-01-01;100;50;O;LP;DE\n" +
            "A;T;P;2014 - 2020;2016-01-01;2019-01-01;100;50;Q;PP;DE\n" +
            "A;T;P;2014 - 2020;2016-01-01;2018-01-01;100;50;O GmbH;PP;Germany\n");

        Assert.Equal([(3L, CsvImportCodes.Conflict), (4L, CsvImportCodes.Conflict)], rejected.Select(r => (r.Line, r.Code)));
        Assert.Contains("end date than on line 2", rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("as LeadPartner on line 2", rejected[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_read_in_their_european_spellings()
    {
        (List<KeepEuParticipation> accepted, List<RejectedRow> rejected) = Validate(
            "A;T;P;2014–2020;31/01/2016;31.12.2018;1.234.567,50;80 %;O;Associated partner;EL\n" +
            "B;T;P;2014 - 2020;;;\"1,000,000.00\";750000;O;lead partner;uk\n");

        Assert.Empty(rejected);
        Assert.Equal((2014, 2020, new DateOnly(2016, 1, 31), new DateOnly(2018, 12, 31), 1_234_567.50m, 80m, ParticipationRole.CooperationPartner, "GR"),
            (accepted[0].PeriodStart, accepted[0].PeriodEnd, accepted[0].StartDate, accepted[0].EndDate, accepted[0].Budget, accepted[0].EuCofinancingRate, accepted[0].Role, accepted[0].CountryCode));
        Assert.Equal((null, 1_000_000m, 75m, ParticipationRole.LeadPartner, "GB"),
            ((DateOnly?)accepted[1].StartDate, accepted[1].Budget, accepted[1].EuCofinancingRate, accepted[1].Role, accepted[1].CountryCode));
    }

    [Theory]
    [InlineData("Ljubljana Design Lab d.o.o.", "LJUBLJANA DESIGN LAB, D.O.O.")]
    [InlineData("Pécs Creative Cluster", "PECS CREATIVE CLUSTER")]
    [InlineData("The Nordic Film Studio A/S", "Nordic Film Studio")]
    [InlineData("Kreativ Wirtschaft GmbH & Co. KG", "Kreativ-Wirtschaft")]
    public void Spellings_of_one_organisation_share_a_key(string one, string other) =>
        Assert.Equal(OrganisationNameKey.Of(one), OrganisationNameKey.Of(other));

    [Fact]
    public void Different_organisations_keep_different_keys() =>
        Assert.NotEqual(OrganisationNameKey.Of("Design Lab Ljubljana"), OrganisationNameKey.Of("Design Lab Maribor"));
}
