using System.Net;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Api.Tests.CompanyRegister;

/// <summary>An API that takes imports but does not run them: it looks for waiting jobs only when it starts.</summary>
public sealed class ImportQueueOnlyApiFactory : ApiFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("CompanyImports:PollSeconds", "3600");
}

/// <summary>Another instance of the same deployment, on the same database, that runs imports.</summary>
public sealed class ImportRunnerInstance(string connectionString) : ApiFactory(connectionString);

public class CompanyImportRestartTests(ImportQueueOnlyApiFactory api) : IClassFixture<ImportQueueOnlyApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_import_stopped_with_its_instance_leaves_nothing_behind_and_is_finished_by_the_next_instance()
    {
        const int Companies = 100_000;
        var consultant = await api.ClientAsync("consultant", "Anna Jensen");
        var upload = await consultant.UploadAsync(CompanyImportData.LargeExtract(Companies));
        await upload.ShouldBe(HttpStatusCode.Accepted);
        var location = upload.Headers.Location!.OriginalString;

        var first = new ImportRunnerInstance(api.ConnectionString);
        await first.InitializeAsync();
        try
        {
            while ((await consultant.JobAsync(location)).Status == ImportStatus.Queued) await Task.Delay(20);
            // While it runs, it says how far it has come, counted against the rows of the file.
            var running = await consultant.JobAsync(location);
            while (running.Progress is null && running.Status == ImportStatus.Running) running = await consultant.JobAsync(location);
            Assert.Equal(ImportStatus.Running, running.Status);
            Assert.Equal(Companies, running.Progress!.RowsTotal);
            Assert.InRange(running.Progress.RowsRead, 0, Companies);
        }
        finally
        {
            await first.DisposeAsync();
        }

        var stopped = await consultant.JobAsync(location);
        Assert.Equal(ImportStatus.Running, stopped.Status);
        Assert.Equal(1, stopped.Attempts);
        Assert.Null(stopped.Created);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM companies"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM workplaces"));

        var second = new ImportRunnerInstance(api.ConnectionString);
        await second.InitializeAsync();
        try
        {
            var finished = await consultant.FinishedAsync(location, within: TimeSpan.FromMinutes(3));
            Assert.Equal(ImportStatus.Completed, finished.Status);
            Assert.Equal(2, finished.Attempts);
            Assert.Equal((Companies, Companies, 0, 0), (finished.RowsRead, finished.Created, finished.Unchanged, finished.Invalid));
            Assert.Equal(Companies, await CountAsync("SELECT count(*) FROM companies"));
            Assert.Equal(Companies, await CountAsync("SELECT count(*) FROM workplaces"));
            Assert.Null(finished.Progress);
            Assert.Equal(0, await CountAsync("SELECT count(*) FROM company_import_progress"));
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_import_that_has_been_started_too_often_is_failed_with_its_reason_and_applies_nothing()
    {
        var consultant = await api.ClientAsync("consultant", "Anna Jensen");
        var upload = await consultant.UploadAsync(CompanyImportData.Extract("13585628;Gentofte Bageri;;;;;;;"));
        await upload.ShouldBe(HttpStatusCode.Accepted);
        var location = upload.Headers.Location!.OriginalString;
        // As instances that died while running it would have left it.
        await CountAsync($"UPDATE company_imports SET status = 'running', attempts = {CompanyImport.MaxAttempts} RETURNING 0");

        var instance = new ImportRunnerInstance(api.ConnectionString);
        await instance.InitializeAsync();
        try
        {
            var failed = await consultant.FinishedAsync(location);
            Assert.Equal(ImportStatus.Failed, failed.Status);
            Assert.Contains("Nothing from it was applied", failed.FailureReason);
            Assert.Equal(0, await CountAsync("SELECT count(*) FROM companies"));
            Assert.Equal(0, await CountAsync("SELECT count(*) FROM company_imports WHERE content IS NOT NULL"));
        }
        finally
        {
            await instance.DisposeAsync();
        }
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
