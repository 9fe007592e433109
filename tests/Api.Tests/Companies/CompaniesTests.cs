using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Api.Tests.Companies;

public class CompaniesTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Registering_a_company_answers_201_with_location_etag_and_the_company()
    {
        var client = await ConsultantAsync();
        var response = await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Gentofte Bageri", "107100"));

        var body = await response.ShouldBe(HttpStatusCode.Created);
        var company = await response.ReadAsync<CompanyDto>();
        Assert.Equal($"/api/v1/companies/{company.Id}", response.Headers.Location!.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("13585628", company.Cvr);
        Assert.Equal("107100", company.IndustryCode);
        Assert.Equal("2920", company.Address!.PostalCode);
        Assert.False(company.HasActivePartnership);
        Assert.Equal("private", body.GetProperty("sector").GetString());

        var fetched = await client.GetAsync(response.Headers.Location);
        await fetched.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(response.Headers.ETag, fetched.Headers.ETag);
        Assert.Equal(company, await fetched.ReadAsync<CompanyDto>());
    }

    [Fact]
    public async Task Sector_defaults_to_private_and_optional_fields_may_be_left_out()
    {
        var client = await ConsultantAsync();
        var response = await client.PostAsJsonAsync("/api/v1/companies", new { cvr = "62761113", name = "Hellerup Rengøring" });
        await response.ShouldBe(HttpStatusCode.Created);
        var company = await response.ReadAsync<CompanyDto>();
        Assert.Equal(Domain.Companies.Sector.Private, company.Sector);
        Assert.Null(company.Address);
        Assert.Null(company.IndustryCode);
    }

    [Theory]
    [InlineData("13585627")]
    [InlineData("01234567")]
    [InlineData("1234")]
    [InlineData("")]
    public async Task An_invalid_cvr_number_answers_400_naming_cvr_and_stores_nothing(string cvr)
    {
        var client = await ConsultantAsync();
        var problem = await (await client.PostAsJsonAsync("/api/v1/companies", TestData.Company(cvr, "Ugyldig ApS")))
            .ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("cvr", out _));
        Assert.Empty((await (await client.GetAsync("/api/v1/companies")).ReadAsync<Page<CompanyDto>>()).Items);
    }

    [Fact]
    public async Task Invalid_fields_are_named_in_camel_case_including_nested_ones()
    {
        var client = await ConsultantAsync();
        var problem = await (await client.PostAsJsonAsync("/api/v1/companies", new
        {
            cvr = "13585628",
            name = "",
            industryCode = "12",
            employeeCount = -3,
            website = "ftp://example.dk",
            address = new { street = "Vej 1", postalCode = "123", city = "Gentofte" },
        })).ShouldBe(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "name", "industryCode", "employeeCount", "website", "address.postalCode" })
            Assert.True(errors.TryGetProperty(field, out _), $"errors.{field} is missing in {errors}");
    }

    [Fact]
    public async Task A_cvr_number_already_registered_answers_409_with_the_existing_id()
    {
        var client = await ConsultantAsync();
        var first = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");

        var problem = await (await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Another name")))
            .ShouldBe(HttpStatusCode.Conflict);

        Assert.Equal(first.Id, problem.GetProperty("existingId").GetGuid());
    }

    [Fact]
    public async Task An_unknown_company_answers_404()
    {
        var client = await ConsultantAsync();
        await (await client.GetAsync($"/api/v1/companies/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync($"/api/v1/companies/{Guid.NewGuid()}", TestData.Company("13585628", "X")))
            .ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Putting_changes_the_company_and_its_etag()
    {
        var client = await ConsultantAsync();
        var created = await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Gentofte Bageri"));
        var company = await created.ReadAsync<CompanyDto>();

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/companies/{company.Id}")
        {
            Content = JsonContent.Create(TestData.Company("13585628", "Gentofte Bageri ApS", "107100", "public")),
        };
        request.Headers.IfMatch.Add(created.Headers.ETag!);
        var response = await client.SendAsync(request);

        await response.ShouldBe(HttpStatusCode.OK);
        var revised = await response.ReadAsync<CompanyDto>();
        Assert.Equal("Gentofte Bageri ApS", revised.Name);
        Assert.Equal(Domain.Companies.Sector.Public, revised.Sector);
        Assert.Equal("107100", revised.IndustryCode);
        Assert.NotEqual(created.Headers.ETag, response.Headers.ETag);
        Assert.True(revised.UpdatedAt >= company.UpdatedAt);
        Assert.Equal(company.CreatedAt, revised.CreatedAt);
    }

    [Fact]
    public async Task Putting_with_a_stale_etag_answers_412_and_changes_nothing()
    {
        var client = await ConsultantAsync();
        var created = await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Gentofte Bageri"));
        var company = await created.ReadAsync<CompanyDto>();
        var staleTag = created.Headers.ETag!;
        await (await client.PutAsJsonAsync($"/api/v1/companies/{company.Id}", TestData.Company("13585628", "First change")))
            .ShouldBe(HttpStatusCode.OK);

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/companies/{company.Id}")
        {
            Content = JsonContent.Create(TestData.Company("13585628", "Second change")),
        };
        request.Headers.IfMatch.Add(staleTag);
        await (await client.SendAsync(request)).ShouldBe(HttpStatusCode.PreconditionFailed);

        var current = await (await client.GetAsync($"/api/v1/companies/{company.Id}")).ReadAsync<CompanyDto>();
        Assert.Equal("First change", current.Name);
    }

    [Fact]
    public async Task An_if_match_this_api_never_issued_answers_412()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/companies/{company.Id}")
        {
            Content = JsonContent.Create(TestData.Company("13585628", "Changed")),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"not-a-version\"");
        await (await client.SendAsync(request)).ShouldBe(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task The_cvr_number_cannot_change_422()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");

        var problem = await (await client.PutAsJsonAsync($"/api/v1/companies/{company.Id}", TestData.Company("62761113", "Gentofte Bageri")))
            .ShouldBe(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("cvrImmutable", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_put_with_invalid_fields_answers_400()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var problem = await (await client.PutAsJsonAsync($"/api/v1/companies/{company.Id}", TestData.Company("13585628", "")))
            .ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }
}
