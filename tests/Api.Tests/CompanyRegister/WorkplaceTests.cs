using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Internships;
using PartnerCrm.Application.Placements;

namespace PartnerCrm.Api.Tests.CompanyRegister;

/// <summary>
/// A company's workplaces, by P-number: registered once, listed by P-number, and named by the company's own
/// internship offers and placements; an employer sees only its own.
/// </summary>
public class WorkplaceTests(ApiFactory api) : ApiTest(api)
{
    private static string Code(JsonElement problem) => problem.GetProperty("code").GetString()!;

    [Fact]
    public async Task A_workplace_is_registered_and_listed_by_p_number_page_by_page()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var other = await staff.RegisterCompanyAsync("62761113", "Hellerup Rengøring");

        var response = await staff.PostAsJsonAsync($"/api/v1/companies/{company.Id}/workplaces", CompanyRegisterData.Workplace("1012345678"));
        await response.ShouldBe(HttpStatusCode.Created);
        var first = await response.ReadAsync<WorkplaceDto>();
        Assert.Equal($"/api/v1/companies/{company.Id}/workplaces/{first.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((company.Id, "1012345678", new AddressDto("Ordrupvej 60", "2920", "Charlottenlund")),
            (first.CompanyId, first.PNumber, first.Address));
        Assert.True(first.CreatedAt > DateTimeOffset.MinValue && first.UpdatedAt >= first.CreatedAt);

        var bare = await staff.PostAsJsonAsync($"/api/v1/companies/{company.Id}/workplaces", CompanyRegisterData.Workplace("1000000001", street: null));
        Assert.Null((await bare.ReadAsync<WorkplaceDto>()).Address);
        await staff.RegisterWorkplaceAsync(company.Id, "9999999999");
        await staff.RegisterWorkplaceAsync(other.Id, "1012345679");

        var all = await (await staff.GetAsync($"/api/v1/companies/{company.Id}/workplaces")).ReadAsync<Page<WorkplaceDto>>();
        Assert.Equal(["1000000001", "1012345678", "9999999999"], all.Items.Select(w => w.PNumber));
        Assert.Null(all.NextCursor);

        var route = $"/api/v1/companies/{company.Id}/workplaces?limit=2";
        var firstPage = await (await staff.GetAsync(route)).ReadAsync<Page<WorkplaceDto>>();
        Assert.Equal(["1000000001", "1012345678"], firstPage.Items.Select(w => w.PNumber));
        var lastPage = await (await staff.GetAsync($"{route}&cursor={Uri.EscapeDataString(firstPage.NextCursor!)}")).ReadAsync<Page<WorkplaceDto>>();
        Assert.Equal(["9999999999"], lastPage.Items.Select(w => w.PNumber));
        Assert.Null(lastPage.NextCursor);

        var analyst = await AnalystAsync();
        await (await analyst.GetAsync($"/api/v1/companies/{company.Id}/workplaces")).ShouldBe(HttpStatusCode.OK);
        await (await analyst.PostAsJsonAsync($"/api/v1/companies/{company.Id}/workplaces", CompanyRegisterData.Workplace("1012345670"))).ShouldBe(HttpStatusCode.Forbidden);
        await (await staff.GetAsync($"/api/v1/companies/{Guid.NewGuid()}/workplaces")).ShouldBe(HttpStatusCode.NotFound);
        await (await staff.PostAsJsonAsync($"/api/v1/companies/{Guid.NewGuid()}/workplaces", CompanyRegisterData.Workplace("1012345670"))).ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("0123456789")]
    [InlineData("101234567")]
    [InlineData("10123456789")]
    [InlineData("10123456a8")]
    [InlineData("")]
    [InlineData("1012 45678")]
    public async Task A_p_number_that_is_not_ten_digits_without_a_leading_zero_answers_400(string pNumber)
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");

        var problem = await (await staff.PostAsJsonAsync($"/api/v1/companies/{company.Id}/workplaces", CompanyRegisterData.Workplace(pNumber)))
            .ShouldBe(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("pNumber", out _), problem.ToString());
        Assert.Empty((await (await staff.GetAsync($"/api/v1/companies/{company.Id}/workplaces")).ReadAsync<Page<WorkplaceDto>>()).Items);
    }

    [Fact]
    public async Task A_workplace_address_follows_the_company_address_rules()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");

        var problem = await (await staff.PostAsJsonAsync($"/api/v1/companies/{company.Id}/workplaces",
            CompanyRegisterData.Workplace("1012345678", postalCode: "99999", city: ""))).ShouldBe(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("address.postalCode", out _), problem.ToString());
        Assert.True(errors.TryGetProperty("address.city", out _), problem.ToString());
    }

    [Fact]
    public async Task A_p_number_already_registered_answers_409_with_the_existing_workplace()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var other = await staff.RegisterCompanyAsync("62761113", "Hellerup Rengøring");
        var first = await staff.RegisterWorkplaceAsync(company.Id, "1012345678");

        foreach (var companyId in new[] { company.Id, other.Id })
        {
            var problem = await (await staff.PostAsJsonAsync($"/api/v1/companies/{companyId}/workplaces", CompanyRegisterData.Workplace("1012345678")))
                .ShouldBe(HttpStatusCode.Conflict);
            Assert.Equal(first.Id, problem.GetProperty("existingId").GetGuid());
        }
        Assert.Empty((await (await staff.GetAsync($"/api/v1/companies/{other.Id}/workplaces")).ReadAsync<Page<WorkplaceDto>>()).Items);
    }

    [Fact]
    public async Task A_consultants_offer_names_one_of_the_companys_workplaces_and_answers_its_p_number()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var other = await staff.RegisterCompanyAsync("62761113", "Hellerup Rengøring");
        await staff.RegisterWorkplaceAsync(company.Id, "1012345678");
        await staff.RegisterWorkplaceAsync(other.Id, "1012345679");

        var response = await staff.PostAsJsonAsync("/api/v1/internships", CompanyRegisterData.StaffOffer(company.Id, "1012345678"));
        await response.ShouldBe(HttpStatusCode.Created);
        var offer = await response.ReadAsync<InternshipDto>();
        Assert.Equal("1012345678", offer.PNumber);
        Assert.Equal("1012345678", (await (await staff.GetAsync($"/api/v1/internships/{offer.Id}")).ReadAsync<InternshipDto>()).PNumber);

        var without = await (await staff.PostAsJsonAsync("/api/v1/internships", CompanyRegisterData.StaffOffer(company.Id, title: "Opvask"))).ReadAsync<InternshipDto>();
        var raw = await (await staff.GetAsync($"/api/v1/internships/{without.Id}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, raw.GetProperty("pNumber").ValueKind);
        var listed = await (await staff.GetAsync($"/api/v1/internships?companyId={company.Id}")).ReadAsync<Page<InternshipDto>>();
        Assert.Equal([("Opvask", null), ("Køkkenhjælp", "1012345678")], listed.Items.Select(o => (o.Title, o.PNumber)));

        var unknown = await staff.PostAsJsonAsync("/api/v1/internships", CompanyRegisterData.StaffOffer(company.Id, "1999999999"));
        Assert.Equal("unknownWorkplace", Code(await unknown.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        var others = await staff.PostAsJsonAsync("/api/v1/internships", CompanyRegisterData.StaffOffer(company.Id, "1012345679"));
        Assert.Equal("workplaceOfOtherCompany", Code(await others.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        var malformed = await staff.PostAsJsonAsync("/api/v1/internships", CompanyRegisterData.StaffOffer(company.Id, "0012345678"));
        Assert.True((await malformed.ShouldBe(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("pNumber", out _));
        Assert.Equal(2, (await (await staff.GetAsync($"/api/v1/internships?companyId={company.Id}")).ReadAsync<Page<InternshipDto>>()).Items.Count);
    }

    [Fact]
    public async Task An_employer_names_its_own_workplaces_on_its_offers_and_sees_no_other_companys()
    {
        var staff = await ConsultantAsync();
        var (company, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var (other, _, otherEmployer) = await Api.EmployerAsync(staff, "62761113", "Hellerup Rengøring");
        await staff.RegisterWorkplaceAsync(company.Id, "1012345678");
        await staff.RegisterWorkplaceAsync(company.Id, "1012345677");
        await staff.RegisterWorkplaceAsync(other.Id, "1012345679");

        var own = await (await employer.GetAsync("/api/v1/employer/workplaces")).ReadAsync<Page<WorkplaceDto>>();
        Assert.Equal(["1012345677", "1012345678"], own.Items.Select(w => w.PNumber));
        Assert.All(own.Items, w => Assert.Equal(company.Id, w.CompanyId));
        Assert.Equal(["1012345679"], (await (await otherEmployer.GetAsync("/api/v1/employer/workplaces")).ReadAsync<Page<WorkplaceDto>>()).Items.Select(w => w.PNumber));
        await (await employer.GetAsync($"/api/v1/companies/{other.Id}/workplaces")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await employer.PostAsJsonAsync($"/api/v1/companies/{company.Id}/workplaces", CompanyRegisterData.Workplace("1012345670"))).ShouldBe(HttpStatusCode.Unauthorized);
        await (await staff.GetAsync("/api/v1/employer/workplaces")).ShouldBe(HttpStatusCode.Unauthorized);

        var response = await employer.PostAsJsonAsync("/api/v1/employer/internships", CompanyRegisterData.EmployerOffer("1012345678"));
        await response.ShouldBe(HttpStatusCode.Created);
        var offer = await response.ReadAsync<InternshipDto>();
        Assert.Equal("1012345678", offer.PNumber);
        Assert.Equal("1012345678", (await (await employer.GetAsync($"/api/v1/employer/internships/{offer.Id}")).ReadAsync<InternshipDto>()).PNumber);
        Assert.Equal(["1012345678"], (await (await employer.GetAsync("/api/v1/employer/internships")).ReadAsync<Page<InternshipDto>>()).Items.Select(o => o.PNumber));

        var others = await employer.PostAsJsonAsync("/api/v1/employer/internships", CompanyRegisterData.EmployerOffer("1012345679"));
        Assert.Equal("workplaceOfOtherCompany", Code(await others.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        var unknown = await employer.PostAsJsonAsync("/api/v1/employer/internships", CompanyRegisterData.EmployerOffer("1999999999"));
        Assert.Equal("unknownWorkplace", Code(await unknown.ShouldBe(HttpStatusCode.UnprocessableEntity)));

        var route = $"/api/v1/employer/internships/{offer.Id}";
        var moved = await (await employer.PutAsJsonAsync(route, CompanyRegisterData.EmployerOffer("1012345677"))).ReadAsync<InternshipDto>();
        Assert.Equal("1012345677", moved.PNumber);
        var refused = await employer.PutAsJsonAsync(route, CompanyRegisterData.EmployerOffer("1012345679"));
        Assert.Equal("workplaceOfOtherCompany", Code(await refused.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        var unknownOnRevise = await employer.PutAsJsonAsync(route, CompanyRegisterData.EmployerOffer("1999999999"));
        Assert.Equal("unknownWorkplace", Code(await unknownOnRevise.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        Assert.Equal("1012345677", (await (await employer.GetAsync(route)).ReadAsync<InternshipDto>()).PNumber);
        var cleared = await (await employer.PutAsJsonAsync(route, CompanyRegisterData.EmployerOffer(null))).ReadAsync<InternshipDto>();
        Assert.Null(cleared.PNumber);
    }

    [Fact]
    public async Task A_placement_names_one_of_the_companys_workplaces_and_answers_its_p_number()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var other = await staff.RegisterCompanyAsync("62761113", "Hellerup Rengøring");
        await staff.RegisterWorkplaceAsync(company.Id, "1012345678");
        await staff.RegisterWorkplaceAsync(other.Id, "1012345679");
        var amira = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira Haddad"));
        var yonas = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-2", "Yonas Tesfaye"));

        var placement = await staff.MakePlacementAsync(CompanyRegisterData.Placement(amira.Id, company.Id, "1012345678"));
        Assert.Equal("1012345678", placement.PNumber);
        Assert.Equal("1012345678", (await (await staff.GetAsync($"/api/v1/placements/{placement.Id}")).ReadAsync<PlacementDto>()).PNumber);
        var unnamed = await staff.MakePlacementAsync(CompanyRegisterData.Placement(yonas.Id, company.Id, null));
        Assert.Null(unnamed.PNumber);
        var listed = await (await staff.GetAsync($"/api/v1/placements?companyId={company.Id}")).ReadAsync<Page<PlacementDto>>();
        Assert.Equal([(amira.Id, "1012345678"), (yonas.Id, (string?)null)], listed.Items.Select(p => (p.CandidateId, p.PNumber)).OrderBy(p => p.PNumber is null));

        var others = await staff.PostAsJsonAsync("/api/v1/placements", CompanyRegisterData.Placement(yonas.Id, company.Id, "1012345679"));
        Assert.Equal("workplaceOfOtherCompany", Code(await others.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        var unknown = await staff.PostAsJsonAsync("/api/v1/placements", CompanyRegisterData.Placement(yonas.Id, company.Id, "1999999999"));
        Assert.Equal("unknownWorkplace", Code(await unknown.ShouldBe(HttpStatusCode.UnprocessableEntity)));
        var malformed = await staff.PostAsJsonAsync("/api/v1/placements", CompanyRegisterData.Placement(yonas.Id, company.Id, "12345"));
        Assert.True((await malformed.ShouldBe(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("pNumber", out _));
        Assert.Equal(2, (await (await staff.GetAsync($"/api/v1/placements?companyId={company.Id}")).ReadAsync<Page<PlacementDto>>()).Items.Count);
    }
}
