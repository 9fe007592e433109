using System.Net;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Audit;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Tests.Platform;

/// <summary>The audit trail's period: <c>from</c> and <c>to</c> are days in Danish time, both included.</summary>
public class AuditPeriodTests(ApiFactory api) : ApiTest(api)
{
    // 23:30 in Copenhagen on 27 March 2026 (winter time, UTC+1).
    private static readonly DateTimeOffset LateOnMarch27 = new(2026, 3, 27, 22, 30, 0, TimeSpan.Zero);

    private async Task<IReadOnlyList<Guid?>> CompaniesCreatedAsync(string period)
    {
        var response = await (await AdminAsync()).GetAsync($"/api/v1/audit?entity=company&action=create{period}");
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.ReadAsync<Page<AuditEntryDto>>()).Items.Select(e => e.EntityId).ToList();
    }

    [Fact]
    public async Task From_and_to_are_whole_days_in_Danish_time()
    {
        Api.Clock.StartAt(LateOnMarch27);
        var consultant = await ConsultantAsync();
        var cvrs = TestData.CvrNumbers().Take(3).ToList();
        var march27 = await consultant.RegisterCompanyAsync(cvrs[0], "Firma fredag");
        Api.Clock.Advance(TimeSpan.FromHours(1)); // 00:30 on 28 March in Copenhagen, still 27 March in UTC
        var march28 = await consultant.RegisterCompanyAsync(cvrs[1], "Firma lørdag");
        Api.Clock.Advance(TimeSpan.FromDays(2)); // 30 March, summer time
        var march30 = await consultant.RegisterCompanyAsync(cvrs[2], "Firma mandag");

        Assert.Equal([march28.Id], await CompaniesCreatedAsync("&from=2026-03-28&to=2026-03-28"));
        Assert.Equal([march30.Id, march28.Id], await CompaniesCreatedAsync("&from=2026-03-28"));
        Assert.Equal([march27.Id], await CompaniesCreatedAsync("&to=2026-03-27"));
        Assert.Equal([march30.Id, march28.Id, march27.Id], await CompaniesCreatedAsync(""));
        Assert.Empty(await CompaniesCreatedAsync("&from=2026-03-31"));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_or_is_no_date_is_refused()
    {
        var admin = await AdminAsync();

        var backwards = await (await admin.GetAsync("/api/v1/audit?from=2026-03-28&to=2026-03-27")).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(backwards.GetProperty("errors").TryGetProperty("to", out _));

        var outside = await (await admin.GetAsync("/api/v1/audit?from=1066-10-14")).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(outside.GetProperty("errors").TryGetProperty("from", out _));

        await (await admin.GetAsync("/api/v1/audit?from=someday")).ShouldBe(HttpStatusCode.BadRequest);
    }
}
