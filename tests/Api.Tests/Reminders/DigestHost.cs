using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using netDumbster.smtp;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Infrastructure.Reminders;

namespace PartnerCrm.Api.Tests.Reminders;

/// <summary>
/// One instance of the API for the digest tests: on a database it shares with other instances (or with the same
/// instance started again), with its clock set before it starts, its log kept, and its mail going to a port
/// on this machine (or, with no port, no <c>Smtp:Host</c>).
/// </summary>
public sealed class DigestHost : ApiFactory
{
    private readonly int? _smtpPort;

    private DigestHost(string connectionString, int? smtpPort) : base(connectionString) => _smtpPort = smtpPort;

    public const string SendAt = "07:00";
    public const string AppUrl = "http://localhost:5080/";

    public CapturedLogs Logs { get; } = new();

    public DailyDigestJob Job => Services.GetServices<IHostedService>().OfType<DailyDigestJob>().Single();

    public static async Task<DigestHost> StartAsync(string connectionString, DateTimeOffset startAt, int? smtpPort)
    {
        var host = new DigestHost(connectionString, smtpPort);
        // Before the start: the job's timer is made on the clock as it is then, and moves only with Advance.
        host.Clock.StartAt(startAt);
        await host.InitializeAsync();
        return host;
    }

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("Reminders:SendAt", SendAt);
        builder.UseSetting("Reminders:AppUrl", AppUrl);
        if (_smtpPort is null) return;
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", _smtpPort.Value.ToString());
        builder.UseSetting("Smtp:From", "PartnerCrm <partnercrm@example.invalid>");
    }

    /// <summary>Moves the clock and waits until the job has looked at the new time and finished what it found to do.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await PassedAsync();
    }

    /// <summary>Waits until a pass of the job that began at the clock's present time (or later) has finished.</summary>
    public async Task PassedAsync()
    {
        var now = Clock.GetUtcNow();
        for (var deadline = DateTime.UtcNow.AddSeconds(15); Job.LastPassAt is not { } last || last < now; await Task.Delay(20))
            Assert.True(DateTime.UtcNow < deadline, $"The digest job did not look at the clock after {now:O}; its last pass began at {Job.LastPassAt:O}.");
    }

    public async Task<T> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        return read(reader);
    }
}

/// <summary>A real SMTP server on a loopback port (netDumbster), and the mail it received, read with MimeKit.</summary>
public sealed class MailServer : IDisposable
{
    private SimpleSmtpServer? _server;

    public MailServer(bool start = true)
    {
        Port = FreePort();
        if (start) Start();
    }

    public int Port { get; }

    public void Start() => _server = Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(Port).Build();

    public IReadOnlyList<MimeMessage> Received =>
        _server is null ? [] : [.. _server.ReceivedEmail.Select(mail => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data))))];

    /// <summary>Waits until <paramref name="count"/> mails have arrived, and returns all of them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(15); ; await Task.Delay(20))
        {
            var received = Received;
            if (received.Count >= count || DateTime.UtcNow > deadline) return received;
        }
    }

    public void Dispose() => _server?.Dispose();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
