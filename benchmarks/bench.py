#!/usr/bin/env python3
"""PartnerCrm at scale, side by side with PostgreSQL running the same SQL.

Started by benchmarks/run.sh (which installs wrk and builds the API). This script starts a throw-away
PostgreSQL cluster, seeds it with the API's own `seed` command, starts the API in Release, and measures
each figure of BENCHMARKS.md: the API over HTTP, and PostgreSQL running the statements the API sent
(taken from PostgreSQL's own statement log, so they cannot drift from the code): pgbench for the
search and the writes, psql for the statistics, COPY for the export. Only the Python standard library.
"""
import argparse
import base64
import csv
import hashlib
import hmac
import http.client
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIGNING_KEY = "benchmark-only-signing-key-0123456789abcdef"
PSEUDONYM_KEY = "benchmark-only-pseudonym-key-0123456789abcdef"

SCALES = {
    "full": dict(companies=20000, candidates=200000, placements=1000000, repeat=5, seconds=20, imported=100000),
    "smoke": dict(companies=200, candidates=2000, placements=10000, repeat=1, seconds=2, imported=10000),
    # The company import alone: 100,000 register rows into a small database.
    "import": dict(companies=200, candidates=2000, placements=10000, repeat=1, seconds=2, imported=100000),
}

# What each figure must reach; "ratio" figures compare the API with PostgreSQL alone.
TARGETS = {
    "search_ratio": (">=", 0.85), "search_p99_ms": ("<=", 30),
    "statistics_industry_quarter_ms": ("<=", 300), "statistics_retention_company_ms": ("<=", 300),
    "statistics_company_quarter_ms": ("<=", 2000), "statistics_company_quarter_peak_rss_mb": ("<=", 300),
    "export_rows_per_s": (">=", 250000), "export_peak_rss_mb": ("<=", 200),
    "placements_post_ratio": (">=", 0.8), "rss_idle_mb": ("<=", 150), "rss_after_mb": ("<=", 400),
    "seed_s": ("<=", 90), "import_s": ("<=", 60),
}


def log(message):
    print(f"[{datetime.now():%H:%M:%S}] {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(command, **kwargs):
    done = subprocess.run(command, text=True, capture_output=True, **kwargs)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, command))[:300]}\nfailed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done.stdout


def as_postgres(command):
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class Cluster:
    """A throw-away PostgreSQL cluster (trust authentication on 127.0.0.1), logging to CSV on demand."""

    def __init__(self, folder: Path):
        self.bin = Path(run(["pg_config", "--bindir"]).strip())
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        self.log_folder = folder / "log"

    def start(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        self.log_folder.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            shutil.chown(self.log_folder, "postgres")
        run(as_postgres([str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                         "--locale=C.UTF-8"]))
        settings = {
            "listen_addresses": "127.0.0.1", "port": self.port, "max_connections": 200, "shared_buffers": "1GB",
            "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", "unix_socket_directories": str(self.folder),
            "logging_collector": "on", "log_destination": "csvlog", "log_directory": str(self.log_folder),
            "log_filename": "postgres.log",
        }
        options = " ".join(f"-c {k}={v}" for k, v in settings.items())
        run(as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-l",
                         str(self.folder / "server.log"), "start"]))
        self.psql("postgres", "CREATE DATABASE partnercrm")

    def stop(self):
        subprocess.run(as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
                       capture_output=True)

    @property
    def connection_string(self):
        return f"Host=127.0.0.1;Port={self.port};Database=partnercrm;Username=postgres"

    def psql(self, database, sql, *extra):
        return run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                    "-d", database, "-At", *extra, "-c", sql])

    def csv_log(self):
        return self.log_folder / "postgres.csv"

    def statements_of(self, action):
        """Runs action with every statement logged; returns the statements executed, parameters inlined."""
        self.psql("postgres", "ALTER SYSTEM SET log_min_duration_statement = 0")
        self.psql("postgres", "SELECT pg_reload_conf()")
        time.sleep(0.5)
        start = self.csv_log().stat().st_size if self.csv_log().exists() else 0
        action()
        time.sleep(0.5)
        self.psql("postgres", "ALTER SYSTEM SET log_min_duration_statement = -1")
        self.psql("postgres", "SELECT pg_reload_conf()")
        with open(self.csv_log(), newline="", encoding="utf-8") as f:
            f.seek(start)
            rows = list(csv.reader(f))
        statements = []
        for row in rows:
            if len(row) < 15 or row[2] != "partnercrm":
                continue
            message, detail = row[13], row[14]
            found = re.match(r"duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)", message, re.S)
            if found:
                statements.append(inline(found.group(1), detail))
        return statements


def inline(sql, detail):
    """Puts the logged parameter values in place of $1, $2, …"""
    values = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", detail or ""))
    return re.sub(r"\$(\d+)\b", lambda m: values.get(m.group(1), m.group(0)), sql)


def token(role, name):
    def b64(data):
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
    now = int(time.time())
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64(json.dumps({
        "iss": "partnercrm", "aud": "partnercrm", "iat": now, "nbf": now, "exp": now + 8 * 3600,
        "sub": "bench-" + role, "name": name, "role": role, "email": f"{role}@example.invalid"}).encode())
    signature = hmac.new(SIGNING_KEY.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64(signature)}"


class Api:
    def __init__(self, published: Path, cluster: Cluster, folder: Path):
        self.port = free_port()
        self.process = None
        self.published = published
        self.cluster = cluster
        self.folder = folder

    def environment(self):
        return {
            **os.environ, "ASPNETCORE_ENVIRONMENT": "Production", "ASPNETCORE_URLS": f"http://127.0.0.1:{self.port}",
            "ConnectionStrings__Crm": self.cluster.connection_string, "Authentication__SigningKey": SIGNING_KEY,
            "Exports__PseudonymKey": PSEUDONYM_KEY, "RateLimits__PerStaffMemberPerMinute": "100000000",
            "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
        }

    def command(self, *args):
        return ["dotnet", str(self.published / "PartnerCrm.Api.dll"), *args]

    def start(self):
        output = open(self.folder / "api.log", "w")
        self.process = subprocess.Popen(self.command(), env=self.environment(), stdout=output, stderr=subprocess.STDOUT,
                                        cwd=self.published)
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if self.get("/health/ready", None)[0] == 200:
                    return
            except OSError:
                pass
            if self.process.poll() is not None:
                raise SystemExit(f"the API stopped at startup; see {self.folder / 'api.log'}")
            time.sleep(0.5)
        raise SystemExit("the API did not become ready within 120 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def request(self, method, path, bearer, body=None, content_type="application/json"):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        headers = {"Accept": "*/*"}
        if bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        if body is not None:
            headers["Content-Type"] = content_type
            body = body if isinstance(body, bytes) else json.dumps(body)
        started = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        elapsed = time.perf_counter() - started
        connection.close()
        return response.status, content, elapsed

    def get(self, path, bearer):
        return self.request("GET", path, bearer)


class PeakRss:
    """Samples the API's resident memory every 20 ms while a block runs."""

    def __init__(self, api):
        self.api, self.peak, self._running = api, 0.0, False

    def __enter__(self):
        self._running = True
        self.peak = self.api.rss_mb()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self):
        while self._running:
            self.peak = max(self.peak, self.api.rss_mb())
            time.sleep(0.02)

    def __exit__(self, *_):
        self._running = False
        self._thread.join()


def spread(values):
    values = sorted(values)
    return {"median": statistics.median(values), "min": values[0], "max": values[-1], "runs": len(values)}


def expect(status, content, what):
    if status >= 300:
        raise SystemExit(f"{what} answered {status}: {content[:500]!r}")


def wrk(url, bearer, connections, seconds, script=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Authorization: Bearer {bearer}"]
    if script:
        command += ["-s", str(script)]
    output = run(command + [url])
    if re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        raise SystemExit(f"wrk saw failed requests:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", output)
    factor = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    return rate, float(p99.group(1)) * factor


def pgbench(cluster, script: Path, clients, seconds):
    output = run(["pgbench", "-n", "-M", "prepared", f"-c{clients}", "-j2", f"-T{seconds}", "-f", str(script),
                  "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "partnercrm"])
    failed = re.search(r"number of failed transactions: (\d+)", output)
    if failed and int(failed.group(1)) > 0:
        raise SystemExit(f"pgbench saw failed transactions:\n{output}")
    return float(re.search(r"tps = ([\d.]+)", output).group(1))


def psql_ms(cluster, sql):
    output = run(["psql", "-X", "-q", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", "partnercrm",
                  "-o", "/dev/null"], input=f"\\timing on\n{sql};\n")
    return float(re.findall(r"Time: ([\d.]+) ms", output)[-1])


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    memory = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(memory / 1024 / 1024, 1),
        "os": platform.platform(), "postgres": run(["pg_config", "--version"]).strip(),
        "dotnet": run(["dotnet", "--version"]).strip(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", choices=SCALES, default="full")
    parser.add_argument("--published", required=True, help="the folder of the API published in Release")
    parser.add_argument("--results", required=True, help="the JSON file to write")
    options = parser.parse_args()
    scale = SCALES[options.scale]
    folder = Path(tempfile.mkdtemp(prefix="partnercrm-bench-"))
    os.chmod(folder, 0o755)
    cluster = Cluster(folder / "postgres")
    api = Api(Path(options.published), cluster, folder)
    figures = {}
    try:
        log(f"PostgreSQL on port {cluster.port}")
        cluster.start()

        log(f"seeding {scale['placements']:,} placements")
        started = time.perf_counter()
        seed = subprocess.run(api.command("seed", "--companies", str(scale["companies"]), "--candidates", str(scale["candidates"]),
                                          "--placements", str(scale["placements"]), "--seed", "42"),
                              env=api.environment(), cwd=options.published, text=True, capture_output=True)
        figures["seed_s"] = time.perf_counter() - started
        if seed.returncode != 0:
            raise SystemExit(f"seed failed:\n{seed.stdout}\n{seed.stderr}")
        log(f"seeded in {figures['seed_s']:.1f} s")
        counts = dict(line.split("|") for line in cluster.psql("partnercrm", """
            SELECT 'companies', count(*) FROM companies UNION ALL SELECT 'candidates', count(*) FROM candidates
            UNION ALL SELECT 'placements', count(*) FROM placements UNION ALL SELECT 'follow_ups', count(*) FROM follow_ups
            UNION ALL SELECT 'audit_entries', count(*) FROM audit_entries""").split())
        cluster.psql("partnercrm", "VACUUM ANALYZE")

        api.start()
        consultant, analyst = token("consultant", "Benchmark Consultant"), token("analyst", "Benchmark Analyst")
        time.sleep(5)
        figures["rss_idle_mb"] = api.rss_mb()
        log(f"API ready, {figures['rss_idle_mb']:.0f} MB resident")

        if options.scale != "import":
            measure_search(api, cluster, consultant, scale, figures, folder)
            measure_statistics(api, cluster, analyst, scale, figures)
            measure_export(api, cluster, analyst, scale, figures)
            measure_placements_post(api, cluster, consultant, scale, figures, folder)
        measure_company_import(api, consultant, scale, figures)
        figures["rss_after_mb"] = api.rss_mb()

        result = {
            "when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "scale": options.scale, "rows": counts,
            "machine": machine(), "figures": figures,
            "targets": {name: {"rule": rule, "target": target, "met": met(figures.get(name), rule, target)}
                        for name, (rule, target) in TARGETS.items()},
        }
        Path(options.results).parent.mkdir(parents=True, exist_ok=True)
        Path(options.results).write_text(json.dumps(result, indent=2) + "\n")
        log(f"results in {options.results}")
    finally:
        api.stop()
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def met(value, rule, target):
    if value is None:
        return None
    value = value["median"] if isinstance(value, dict) else value
    return value >= target if rule == ">=" else value <= target


def measure_search(api, cluster, bearer, scale, figures, folder):
    status, content, _ = api.get("/api/v1/companies?limit=1", bearer)
    expect(status, content, "the company list")
    name = json.loads(content)["items"][0]["name"]
    search = re.sub(r"[^\w]", "", name.split()[0])[:4].lower() or "a"
    path = f"/api/v1/companies?search={search}"
    statements = cluster.statements_of(lambda: expect(*api.get(path, bearer)[:2], "company search"))
    search_sql = [s for s in statements if "FROM companies" in s]
    script = folder / "search.sql"
    script.write_text("".join(s.rstrip().rstrip(";") + ";\n" for s in search_sql))
    api_rates, p99s, pg_rates = [], [], []
    wrk(f"http://127.0.0.1:{api.port}{path}", bearer, 32, min(3, scale["seconds"]))
    for _ in range(max(1, scale["repeat"] // 2 + 1)):
        rate, p99 = wrk(f"http://127.0.0.1:{api.port}{path}", bearer, 32, scale["seconds"])
        api_rates.append(rate)
        p99s.append(p99)
        pg_rates.append(pgbench(cluster, script, 32, scale["seconds"]))
    figures["search_api_rps"] = spread(api_rates)
    figures["search_postgres_tps"] = spread(pg_rates)
    figures["search_ratio"] = statistics.median(api_rates) / statistics.median(pg_rates)
    figures["search_p99_ms"] = spread(p99s)
    figures["search_sql"] = search_sql
    log(f"search: {statistics.median(api_rates):.0f} req/s vs {statistics.median(pg_rates):.0f} tps, "
        f"p99 {statistics.median(p99s):.1f} ms")


def measure_statistics(api, cluster, bearer, scale, figures):
    this_year = f"{date.today().year}-01-01"
    tables = {
        # The widest table: past the cell limit at full scale, so refused (422 tableTooLarge) before anything is
        # counted. Measured first, so its peak memory is its own, not what an earlier table left behind.
        "statistics_company_quarter": "/api/v1/statistics/placements?groupBy=company,quarter",
        "statistics_industry_quarter": "/api/v1/statistics/placements?groupBy=industry,quarter",
        "statistics_retention_company": "/api/v1/statistics/retention?milestone=6m&groupBy=company",
        # The widest table the limit allows at full scale: 20,000 companies × one year.
        "statistics_company_year": f"/api/v1/statistics/placements?groupBy=company,year&from={this_year}",
    }
    for name, path in tables.items():
        def answered():
            status, content, _ = api.get(path, bearer)
            if status not in (200, 422):
                expect(status, content, name)
        statements = cluster.statements_of(answered)
        sql = [s for s in statements if "GROUPING" in s]
        api_ms, pg_ms, peak = [], [], 0.0
        for _ in range(scale["repeat"]):
            with PeakRss(api) as rss:
                status, content, seconds = api.get(path, bearer)
            if status != 422:
                expect(status, content, name)
            peak = max(peak, rss.peak)
            api_ms.append(seconds * 1000)
            if sql:
                pg_ms.append(sum(psql_ms(cluster, s) for s in sql))
        figures[f"{name}_ms"] = spread(api_ms)
        figures[f"{name}_postgres_ms"] = spread(pg_ms) if pg_ms else None
        figures[f"{name}_ratio"] = statistics.median(pg_ms) / statistics.median(api_ms) if pg_ms else None
        figures[f"{name}_status"] = status
        figures[f"{name}_rows"] = len(json.loads(content).get("rows", [])) if status == 200 else None
        figures[f"{name}_peak_rss_mb"] = peak
        figures[f"{name}_sql"] = sql
        log(f"{name}: {status}, {statistics.median(api_ms):.0f} ms"
            + (f" (its SQL {statistics.median(pg_ms):.0f} ms)" if pg_ms else "") + f", peak {peak:.0f} MB")


def measure_export(api, cluster, bearer, scale, figures):
    path = "/api/v1/exports/placements?from=1900-01-01&to=2100-12-31&format=csv"
    statements = cluster.statements_of(lambda: expect(*api.get(path, bearer)[:2], "export"))
    sql = next(s for s in statements if "FROM placements" in s and "ORDER BY" in s)
    api_rates, pg_rates, peak = [], [], 0.0
    for _ in range(scale["repeat"]):
        with PeakRss(api) as rss:
            status, content, seconds = api.get(path, bearer)
        expect(status, content, "export")
        rows = content.count(b"\n") - 1
        peak = max(peak, rss.peak)
        api_rates.append(rows / seconds)
        started = time.perf_counter()
        copied = run(["psql", "-X", "-q", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", "partnercrm",
                      "-c", f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)"]).count("\n")
        pg_rates.append(copied / (time.perf_counter() - started))
    figures["export_rows"] = rows
    figures["export_rows_per_s"] = spread(api_rates)
    figures["export_postgres_rows_per_s"] = spread(pg_rates)
    figures["export_ratio"] = statistics.median(api_rates) / statistics.median(pg_rates)
    figures["export_peak_rss_mb"] = peak
    figures["export_sql"] = sql
    log(f"export: {statistics.median(api_rates):,.0f} rows/s vs COPY {statistics.median(pg_rates):,.0f} rows/s, peak {peak:.0f} MB")


def measure_placements_post(api, cluster, bearer, scale, figures, folder):
    pairs = [line.split("|") for line in cluster.psql("partnercrm", """
        SELECT k.id, c.id FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM candidates LIMIT 500) k
        JOIN (SELECT id, row_number() OVER (ORDER BY id) n FROM companies LIMIT 500) c USING (n)""").split()]
    today = date.today().isoformat()

    def body(candidate, company):
        return {"candidateId": candidate, "companyId": company, "type": "ordinaryEmployment", "jobTitle": "Lagermedarbejder",
                "hoursPerWeek": 37, "startDate": today}

    known = {value for pair in pairs for value in pair}
    created = {}

    def post_once():
        status, content, _ = api.request("POST", "/api/v1/placements", bearer, body(*pairs[0]))
        expect(status, content, "POST /placements")
        created.update(json.loads(content))

    statements = cluster.statements_of(post_once)
    known |= {str(v) for v in created.values() if isinstance(v, str)} - {created.get("id")}
    # Ids the request made up become new ones in every pgbench transaction: md5 of a random nonce and the id.
    def fresh(sql):
        return re.sub(r"'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'",
                      lambda m: m.group(0) if m.group(1) in known else f"md5(:nonce::text || '{m.group(1)}')::uuid", sql)
    writes = [fresh(s) for s in statements if not s.startswith("DISCARD")]
    # The API sends the transaction's inserts in one batch (one round trip): pgbench pipelines them likewise.
    script = folder / "placement.sql"
    lines = ["\\set nonce random(1, 1000000000000)"]
    for statement in writes:
        if statement.startswith("BEGIN"):
            lines.append("\\startpipeline")
        if statement.startswith("COMMIT"):
            lines.append("\\endpipeline")
        lines.append(statement.rstrip().rstrip(";") + ";")
    script.write_text("\n".join(lines) + "\n")
    lua = folder / "placement.lua"
    bodies = ",".join(json.dumps(json.dumps(body(*pair))) for pair in pairs)
    lua.write_text(f"""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local bodies = {{{bodies}}}
request = function() return wrk.format(nil, nil, nil, bodies[math.random(#bodies)]) end
""")
    url = f"http://127.0.0.1:{api.port}/api/v1/placements"
    api_rates, pg_rates = [], []
    for _ in range(max(1, scale["repeat"] // 2 + 1)):
        api_rates.append(wrk(url, bearer, 8, scale["seconds"], lua)[0])
        pg_rates.append(pgbench(cluster, script, 8, scale["seconds"]))
    figures["placements_post_api_rps"] = spread(api_rates)
    figures["placements_post_postgres_tps"] = spread(pg_rates)
    figures["placements_post_ratio"] = statistics.median(api_rates) / statistics.median(pg_rates)
    figures["placements_post_sql"] = writes
    log(f"POST /placements: {statistics.median(api_rates):.0f} req/s vs {statistics.median(pg_rates):.0f} tps")




def cvr_numbers(first_prefix):
    """Valid CVR numbers (modulus 11) from a seven-digit prefix on."""
    weights = [2, 7, 6, 5, 4, 3, 2, 1]
    prefix = first_prefix
    while True:
        digits = f"{prefix:07d}"
        check = (11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11) % 11
        if check < 10:
            yield digits + str(check)
        prefix += 1


def register_extract(rows):
    """A CVR extract as a municipality downloads it: Danish header, ; separated, one workplace per company."""
    lines = ["CVR-nummer;Navn;Adresse;Postnr;By;Branchekode;Antal ansatte;Ophørsdato;P-nummer"]
    codes = ["471100", "561010", "412000", "812100", "862100", "493200", "107100"]
    postal = [("2820", "Gentofte"), ("2900", "Hellerup"), ("2920", "Charlottenlund"), ("2930", "Klampenborg")]
    for i, cvr in zip(range(rows), cvr_numbers(5_000_000)):
        code, city = postal[i % len(postal)]
        ceased = "31-12-2023" if i % 40 == 0 else ""
        lines.append(f"{cvr};Registervirksomhed {i} ApS;Strandvejen {i % 500 + 1};{code};{city};{codes[i % len(codes)]};"
                     f"{i % 50}-{i % 50 + 9} ansatte;{ceased};{1_500_000_000 + i}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def measure_company_import(api, bearer, scale, figures):
    """Time from upload to a completed import, for a new extract and for the same file again (all unchanged)."""
    extract = register_extract(scale["imported"])
    for name in ("import_s", "reimport_s"):
        started = time.perf_counter()
        status, content, _ = api.request("POST", "/api/v1/companies/imports", bearer, extract, content_type="text/csv")
        expect(status, content, "company import")
        job = json.loads(content)
        while job["status"] in ("queued", "running"):
            time.sleep(0.2)
            status, content, _ = api.get(f"/api/v1/companies/imports/{job['id']}", bearer)
            expect(status, content, "company import status")
            job = json.loads(content)
        figures[name] = time.perf_counter() - started
        if job["status"] != "completed":
            raise SystemExit(f"the company import failed: {job.get('failureReason')}")
        figures[name.replace("_s", "_counts")] = {k: job[k] for k in ("rowsRead", "created", "updated", "unchanged", "invalid")}
        log(f"company import of {scale['imported']:,} rows ({name}): {figures[name]:.1f} s, {figures[name.replace('_s', '_counts')]}")


if __name__ == "__main__":
    main()
