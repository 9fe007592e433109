using System.Net;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.ApiKeys;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Tests.Employers;

/// <summary>Every company's keys in one list, for the staff who manage keys.</summary>
public class AllApiKeysTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Keys_of_all_companies_are_listed_newest_first_with_their_company_and_never_the_key()
    {
        var staff = await ConsultantAsync();
        var cvrs = TestData.CvrNumbers().Take(2).ToList();
        var bakery = await staff.RegisterCompanyAsync(cvrs[0], "Gentofte Bageri");
        var garage = await staff.RegisterCompanyAsync(cvrs[1], "Gentofte Autoværksted");
        var first = await staff.IssueKeyAsync(bakery.Id, "Lønsystem");
        Api.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await staff.IssueKeyAsync(garage.Id, "HR-system");

        var response = await (await AdminAsync()).GetAsync("/api/v1/api-keys");
        await response.ShouldBe(HttpStatusCode.OK);
        Assert.DoesNotContain(first.Key, await response.Content.ReadAsStringAsync());
        var all = await response.ReadAsync<Page<ApiKeyDto>>();
        Assert.Equal([(second.Id, garage.Id), (first.Id, bakery.Id)], all.Items.Select(k => (k.Id, k.CompanyId)));

        var one = await (await staff.GetAsync($"/api/v1/api-keys?companyId={bakery.Id}")).ReadAsync<Page<ApiKeyDto>>();
        Assert.Equal([first.Id], one.Items.Select(k => k.Id));

        var paged = await (await staff.GetAsync("/api/v1/api-keys?limit=1")).ReadAsync<Page<ApiKeyDto>>();
        var rest = await (await staff.GetAsync($"/api/v1/api-keys?limit=1&cursor={paged.NextCursor}")).ReadAsync<Page<ApiKeyDto>>();
        Assert.Equal([second.Id, first.Id], paged.Items.Concat(rest.Items).Select(k => k.Id));
        Assert.Null(rest.NextCursor);
    }

    [Fact]
    public async Task An_unknown_company_is_404_and_analysts_are_refused()
    {
        await (await (await ConsultantAsync()).GetAsync($"/api/v1/api-keys?companyId={Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
        await (await (await AnalystAsync()).GetAsync("/api/v1/api-keys")).ShouldBe(HttpStatusCode.Forbidden);
        await (await Api.CreateClient().GetAsync("/api/v1/api-keys")).ShouldBe(HttpStatusCode.Unauthorized);
    }
}
