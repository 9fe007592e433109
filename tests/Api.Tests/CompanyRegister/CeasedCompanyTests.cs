using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Internships;
using PartnerCrm.Application.Placements;
using PartnerCrm.Application.Referrals;

namespace PartnerCrm.Api.Tests.CompanyRegister;

/// <summary>
/// A company that has ceased (its ceased date is today or before, on Copenhagen's calendar) gets no new partnership,
/// internship offer or placement; what it had before stays and keeps working.
/// </summary>
public class CeasedCompanyTests(ApiFactory api) : ApiTest(api)
{
    /// <summary>Half past midnight on 1 July in Copenhagen, still 30 June in UTC: "today" is 1 July.</summary>
    private static readonly DateTimeOffset JustAfterMidnightInCopenhagen = new(2026, 6, 30, 22, 30, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = new(2026, 7, 1);

    private static string Code(JsonElement problem) => problem.GetProperty("code").GetString()!;

    [Fact]
    public async Task A_company_is_registered_and_revised_with_its_ceased_date_and_answers_it_everywhere()
    {
        var staff = await ConsultantAsync();
        var response = await staff.PostAsJsonAsync("/api/v1/companies", CompanyRegisterData.Company("13585628", "Gentofte Bageri", new DateOnly(2026, 5, 31)));
        await response.ShouldBe(HttpStatusCode.Created);
        var company = await response.ReadAsync<CompanyDto>();
        Assert.Equal(new DateOnly(2026, 5, 31), company.CeasedOn);
        Assert.Equal(new DateOnly(2026, 5, 31), (await (await staff.GetAsync($"/api/v1/companies/{company.Id}")).ReadAsync<CompanyDto>()).CeasedOn);

        var trading = await staff.RegisterCompanyAsync("62761113", "Hellerup Rengøring");
        var listed = await (await staff.GetAsync("/api/v1/companies")).ReadAsync<Page<CompanyDto>>();
        Assert.Equal([("Gentofte Bageri", (DateOnly?)new DateOnly(2026, 5, 31)), ("Hellerup Rengøring", null)], listed.Items.Select(c => (c.Name, c.CeasedOn)));
        var raw = await (await staff.GetAsync($"/api/v1/companies/{trading.Id}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, raw.GetProperty("ceasedOn").ValueKind);

        Assert.Null((await staff.CeaseAsync(company, null)).CeasedOn);
        Assert.Equal(new DateOnly(2026, 8, 1), (await staff.CeaseAsync(company, new DateOnly(2026, 8, 1))).CeasedOn);

        var invalid = await staff.PostAsJsonAsync("/api/v1/companies", CompanyRegisterData.Company("12345674", "Aldrig Ophørt", new DateOnly(1, 1, 1)));
        var problem = await invalid.ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("ceasedOn", out _), problem.ToString());
    }

    [Fact]
    public async Task A_ceased_company_gets_no_new_partnership_offer_or_placement_on_copenhagens_calendar()
    {
        Api.Clock.StartAt(JustAfterMidnightInCopenhagen);
        var staff = await ConsultantAsync();
        var (company, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var candidate = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira Haddad"));
        await staff.CeaseAsync(company, Today);

        var partnership = await staff.PostAsJsonAsync("/api/v1/partnerships",
            new { companyId = company.Id, schemes = new[] { "internship" }, committedSlotsPerYear = 2 });
        Assert.Equal("companyCeased", Code(await partnership.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        var staffOffer = await staff.PostAsJsonAsync("/api/v1/internships", CompanyRegisterData.StaffOffer(company.Id));
        Assert.Equal("companyCeased", Code(await staffOffer.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        var employerOffer = await employer.PostAsJsonAsync("/api/v1/employer/internships", CompanyRegisterData.EmployerOffer(null));
        Assert.Equal("companyCeased", Code(await employerOffer.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        var placement = await staff.PostAsJsonAsync("/api/v1/placements", CompanyRegisterData.Placement(candidate.Id, company.Id, null));
        Assert.Equal("companyCeased", Code(await placement.ShouldBe(HttpStatusCode.UnprocessableEntity)));

        Assert.Empty((await (await staff.GetAsync($"/api/v1/internships?companyId={company.Id}")).ReadAsync<Page<InternshipDto>>()).Items);
        Assert.Empty((await (await staff.GetAsync($"/api/v1/placements?companyId={company.Id}")).ReadAsync<Page<PlacementDto>>()).Items);
    }

    [Fact]
    public async Task A_company_that_ceases_tomorrow_still_trades_today()
    {
        Api.Clock.StartAt(JustAfterMidnightInCopenhagen);
        var staff = await ConsultantAsync();
        var (company, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var candidate = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira Haddad"));
        await staff.CeaseAsync(company, Today.AddDays(1));

        await staff.ProposePartnershipAsync(company.Id);
        await (await staff.PostAsJsonAsync("/api/v1/internships", CompanyRegisterData.StaffOffer(company.Id))).ShouldBe(HttpStatusCode.Created);
        await (await employer.PostAsJsonAsync("/api/v1/employer/internships", CompanyRegisterData.EmployerOffer(null))).ShouldBe(HttpStatusCode.Created);
        await staff.MakePlacementAsync(CompanyRegisterData.Placement(candidate.Id, company.Id, null));
    }

    [Fact]
    public async Task What_a_company_had_before_it_ceased_keeps_working_but_a_referral_is_no_longer_accepted()
    {
        Api.Clock.StartAt(JustAfterMidnightInCopenhagen);
        var staff = await ConsultantAsync();
        var (company, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var partnership = await staff.ProposePartnershipAsync(company.Id);
        var offer = await (await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer())).ReadAsync<InternshipDto>();
        var amira = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira Haddad"));
        var yonas = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-2", "Yonas Tesfaye"));
        var placement = await staff.MakePlacementAsync(CompanyRegisterData.Placement(amira.Id, company.Id, null));
        var referral = await (await staff.PostAsJsonAsync($"/api/v1/internships/{offer.Id}/referrals", new { candidateId = yonas.Id })).ReadAsync<ReferralDto>();

        await staff.CeaseAsync(company, Today.AddDays(-1));

        var accepted = await staff.PostAsJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "accepted" });
        Assert.Equal("companyCeased", Code(await accepted.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        Assert.Empty((await (await staff.GetAsync($"/api/v1/placements?candidateId={yonas.Id}")).ReadAsync<Page<PlacementDto>>()).Items);

        await (await staff.GetAsync($"/api/v1/partnerships/{partnership.Id}")).ShouldBe(HttpStatusCode.OK);
        await (await staff.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/status", new { status = "ended" })).ShouldBe(HttpStatusCode.OK);
        await (await employer.PutAsJsonAsync($"/api/v1/employer/internships/{offer.Id}", EmployerData.Offer("Lagermedarbejder, deltid"))).ShouldBe(HttpStatusCode.OK);
        await (await employer.PostAsync($"/api/v1/employer/internships/{offer.Id}/close", null)).ShouldBe(HttpStatusCode.OK);
        await (await staff.PostAsJsonAsync($"/api/v1/referrals/{referral.Id}/status", new { status = "withdrawn" })).ShouldBe(HttpStatusCode.OK);
        await (await staff.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/end", new { endDate = "2027-01-10", endReason = "employerEnded" })).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Recommendations_leave_out_a_ceased_company()
    {
        Api.Clock.StartAt(JustAfterMidnightInCopenhagen);
        var staff = await ConsultantAsync();
        var quietSince = Today.AddDays(-200);
        var companies = new List<CompanyDto>();
        foreach (var (cvr, name) in new[] { ("13585628", "Gentofte Bageri"), ("62761113", "Hellerup Rengøring"), ("12345674", "Ordrup Kantine") })
        {
            var company = await staff.RegisterCompanyAsync(cvr, name);
            var response = await staff.PostAsJsonAsync("/api/v1/partnerships",
                new { companyId = company.Id, schemes = new[] { "internship" }, committedSlotsPerYear = 4, status = "active", startDate = quietSince });
            await response.ShouldBe(HttpStatusCode.Created);
            companies.Add(company);
        }

        async Task<List<(string Kind, Guid? CompanyId)>> RecommendedAsync()
        {
            var body = await (await (await AnalystAsync()).GetAsync("/api/v1/recommendations/partnerships")).ShouldBe(HttpStatusCode.OK);
            return body.GetProperty("items").EnumerateArray()
                .Select(i => (i.GetProperty("kind").GetString()!, i.TryGetProperty("companyId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid() : (Guid?)null))
                .ToList();
        }

        var before = await RecommendedAsync();
        Assert.All(companies, c => Assert.Contains(("reactivate", (Guid?)c.Id), before));
        Assert.All(companies, c => Assert.Contains(("underused", (Guid?)c.Id), before));

        await staff.CeaseAsync(companies[0], Today);
        await staff.CeaseAsync(companies[1], Today.AddDays(1));

        var after = await RecommendedAsync();
        Assert.DoesNotContain(after, r => r.CompanyId == companies[0].Id);
        Assert.Contains(("reactivate", (Guid?)companies[1].Id), after);
        Assert.Contains(("reactivate", (Guid?)companies[2].Id), after);
        Assert.Equal(before.Count(r => r.CompanyId != companies[0].Id), after.Count);
    }
}
