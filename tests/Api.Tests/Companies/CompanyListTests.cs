using System.Net;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Api.Tests.Companies;

public class CompanyListTests(ApiFactory api) : ApiTest(api)
{
    private async Task<Page<CompanyDto>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/companies{query}");
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.ReadAsync<Page<CompanyDto>>();
    }

    [Fact]
    public async Task Lists_sort_by_name_in_danish_order()
    {
        var client = await ConsultantAsync();
        var cvrs = TestData.CvrNumbers().Take(5).ToArray();
        await client.RegisterCompanyAsync(cvrs[0], "Østerbro Auto");
        await client.RegisterCompanyAsync(cvrs[1], "bager Hansen");
        await client.RegisterCompanyAsync(cvrs[2], "Ærø Fisk");
        await client.RegisterCompanyAsync(cvrs[3], "Zealand Pharma");
        await client.RegisterCompanyAsync(cvrs[4], "Aalborg Portland");

        var page = await ListAsync(client, "");

        // Danish: æ, ø, å come after z, and "aa" sorts as "å".
        Assert.Equal(["bager Hansen", "Zealand Pharma", "Ærø Fisk", "Østerbro Auto", "Aalborg Portland"], page.Items.Select(c => c.Name));
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public async Task Search_matches_any_part_of_the_name_in_any_case_or_the_start_of_the_cvr_number()
    {
        var client = await ConsultantAsync();
        await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        await client.RegisterCompanyAsync("62761113", "Hellerup Bagerforretning");
        await client.RegisterCompanyAsync("17150413", "Ordrup Cykler");

        Assert.Equal(["Gentofte Bageri", "Hellerup Bagerforretning"], (await ListAsync(client, "?search=BAGER")).Items.Select(c => c.Name));
        Assert.Equal(["Ordrup Cykler"], (await ListAsync(client, "?search=rup%20cyk")).Items.Select(c => c.Name));
        Assert.Equal(["Hellerup Bagerforretning"], (await ListAsync(client, "?search=6276")).Items.Select(c => c.Name));
        Assert.Empty((await ListAsync(client, "?search=3585628")).Items); // a CVR matches from its start only
        Assert.Empty((await ListAsync(client, "?search=%25")).Items); // LIKE wildcards are literal
    }

    [Fact]
    public async Task Filters_by_industry_code_and_by_active_partnership()
    {
        var client = await ConsultantAsync();
        var bakery = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri", "107100");
        var cleaner = await client.RegisterCompanyAsync("62761113", "Hellerup Rengøring", "812100");
        await client.ProposePartnershipAsync(bakery.Id, "active");
        await client.ProposePartnershipAsync(cleaner.Id, "negotiating");

        Assert.Equal([bakery.Id], (await ListAsync(client, "?industryCode=107100")).Items.Select(c => c.Id));
        var active = (await ListAsync(client, "?hasActivePartnership=true")).Items;
        Assert.Equal([bakery.Id], active.Select(c => c.Id));
        Assert.True(active[0].HasActivePartnership);
        Assert.Equal([cleaner.Id], (await ListAsync(client, "?hasActivePartnership=false")).Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_through_every_company_once()
    {
        var client = await ConsultantAsync();
        var names = new List<string>();
        foreach (var (cvr, i) in TestData.CvrNumbers().Take(7).Select((cvr, i) => (cvr, i)))
        {
            // Two companies share each name: the id breaks the tie.
            var name = $"Firma {i / 2}";
            names.Add(name);
            await client.RegisterCompanyAsync(cvr, name);
        }

        var seen = new List<CompanyDto>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ListAsync(client, $"?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
            pages++;
        } while (cursor is not null);

        Assert.Equal(4, pages);
        Assert.Equal(7, seen.Select(c => c.Id).Distinct().Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), seen.Select(c => c.Name));
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=201", "limit")]
    [InlineData("?limit=many", "limit")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    [InlineData("?industryCode=12", "industryCode")]
    [InlineData("?hasActivePartnership=maybe", "hasActivePartnership")]
    public async Task Bad_list_parameters_answer_400_naming_the_parameter(string query, string parameter)
    {
        var client = await ConsultantAsync();
        var problem = await (await client.GetAsync($"/api/v1/companies{query}")).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task The_limit_defaults_to_50_and_may_be_200()
    {
        var client = await ConsultantAsync();
        foreach (var cvr in TestData.CvrNumbers().Take(51)) await client.RegisterCompanyAsync(cvr, $"Firma {cvr}");

        var firstPage = await ListAsync(client, "");
        Assert.Equal(50, firstPage.Items.Count);
        Assert.NotNull(firstPage.NextCursor);
        Assert.Equal(51, (await ListAsync(client, "?limit=200")).Items.Count);
    }
}
