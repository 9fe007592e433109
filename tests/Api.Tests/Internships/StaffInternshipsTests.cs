using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Api.Tests.Internships;

public class StaffInternshipsTests(ApiFactory api) : ApiTest(api)
{
    private static object OnBehalfOf(Guid companyId, string title = "Køkkenhjælp") => new
    {
        companyId,
        title,
        city = "Hellerup",
        postalCode = "2900",
        startDate = "2027-03-01",
        durationWeeks = 13,
        hoursPerWeek = 30,
        slots = 1,
    };

    [Fact]
    public async Task A_consultant_posts_an_offer_on_a_companys_behalf()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");

        var response = await staff.PostAsJsonAsync("/api/v1/internships", OnBehalfOf(company.Id));

        await response.ShouldBe(HttpStatusCode.Created);
        var offer = await response.ReadAsync<InternshipDto>();
        Assert.Equal($"/api/v1/internships/{offer.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((company.Id, InternshipStatus.Open, DanishLevel.None), (offer.CompanyId, offer.Status, offer.DanishLevel));
        await (await staff.GetAsync(response.Headers.Location)).ShouldBe(HttpStatusCode.OK);
        await (await staff.PostAsJsonAsync("/api/v1/internships", OnBehalfOf(Guid.NewGuid()))).ShouldBe(HttpStatusCode.NotFound);
        await (await staff.GetAsync($"/api/v1/internships/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_see_every_companys_offers_and_filter_them()
    {
        var staff = await ConsultantAsync();
        var (bakery, _, bakeryKey) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var cleaner = await staff.RegisterCompanyAsync("62761113", "Hellerup Rengøring");
        await bakeryKey.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer("Bagerlærling"));
        await staff.PostAsJsonAsync("/api/v1/internships", OnBehalfOf(cleaner.Id, "Rengøring"));
        await bakeryKey.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer("Kladde", status: "draft"));

        async Task<IEnumerable<string>> TitlesAsync(string query) =>
            (await (await staff.GetAsync($"/api/v1/internships{query}")).ReadAsync<Page<InternshipDto>>()).Items.Select(o => o.Title);

        Assert.Equal(["Kladde", "Rengøring", "Bagerlærling"], await TitlesAsync(""));
        Assert.Equal(["Kladde", "Bagerlærling"], await TitlesAsync($"?companyId={bakery.Id}"));
        Assert.Equal(["Rengøring", "Bagerlærling"], await TitlesAsync("?status=open"));
    }

    [Fact]
    public async Task Status_changes_follow_the_rules_and_analysts_only_read()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var offer = await (await staff.PostAsJsonAsync("/api/v1/internships", OnBehalfOf(company.Id))).ReadAsync<InternshipDto>();
        var status = $"/api/v1/internships/{offer.Id}/status";

        var analyst = await AnalystAsync();
        await (await analyst.GetAsync($"/api/v1/internships/{offer.Id}")).ShouldBe(HttpStatusCode.OK);
        await (await analyst.PostAsJsonAsync(status, new { status = "filled" })).ShouldBe(HttpStatusCode.Forbidden);
        await (await analyst.PostAsJsonAsync("/api/v1/internships", OnBehalfOf(company.Id))).ShouldBe(HttpStatusCode.Forbidden);

        Assert.Equal(InternshipStatus.Filled, (await (await staff.PostAsJsonAsync(status, new { status = "filled" })).ReadAsync<InternshipDto>()).Status);
        var refused = await (await staff.PostAsJsonAsync(status, new { status = "open" })).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("invalidTransition", refused.GetProperty("code").GetString());
        await (await staff.PostAsJsonAsync(status, new { })).ShouldBe(HttpStatusCode.BadRequest);
    }
}
