#!/usr/bin/env python3
"""Writes the results table of BENCHMARKS.md from one results file of benchmarks/bench.py.

Only the part between the two result markers is replaced; the rest of BENCHMARKS.md is prose.
"""
import json
import sys
from pathlib import Path

START, END = "<!-- results:start -->", "<!-- results:end -->"


def median(value):
    return value["median"] if isinstance(value, dict) else value


def spread(value, unit, digits=0):
    if not isinstance(value, dict):
        return f"{value:,.{digits}f} {unit}"
    return f"{value['median']:,.{digits}f} {unit} ({value['min']:,.{digits}f}–{value['max']:,.{digits}f}, {value['runs']} runs)"


def verdict(result, name):
    target = result["targets"].get(name)
    if not target or target["met"] is None:
        return ""
    return "met" if target["met"] else "**missed**"


def table(result):
    f = result["figures"]
    rows = [
        ("company search, 32 connections: API vs the same SQL in pgbench",
         f"{spread(f['search_api_rps'], 'req/s')} vs {spread(f['search_postgres_tps'], 'tps')}",
         f"{f['search_ratio']:.2f}", "≥ 0.85", verdict(result, "search_ratio")),
        ("company search p99 at 32 connections", spread(f["search_p99_ms"], "ms", 1), "", "≤ 30 ms", verdict(result, "search_p99_ms")),
    ]
    for name, title, target in [
        ("statistics_industry_quarter", "`statistics/placements?groupBy=industry,quarter`", "p50 ≤ 300 ms"),
        ("statistics_retention_company", "`statistics/retention?milestone=6m&groupBy=company`", "p50 ≤ 300 ms"),
        ("statistics_company_quarter", "`statistics/placements?groupBy=company,quarter` (the widest table)",
         "≤ 2 s, peak RSS ≤ 300 MB, a documented cap"),
        ("statistics_company_year", "`statistics/placements?groupBy=company,year` for this year (the widest the cap allows)",
         "(no target of its own)"),
    ]:
        if f"{name}_ms" not in f:
            continue
        status = f[f"{name}_status"]
        answer = f"{f[f'{name}_rows']:,} rows" if status == 200 else f"refused: {status} `tableTooLarge`"
        sql = f"; its SQL in psql {spread(f[f'{name}_postgres_ms'], 'ms')}" if f[f"{name}_postgres_ms"] else ""
        ratio = f"{f[f'{name}_ratio']:.2f} (SQL ÷ API)" if f[f"{name}_ratio"] else ""
        rows.append((f"{title}: {answer}",
                     f"{spread(f[f'{name}_ms'], 'ms')}{sql}; peak RSS {f[f'{name}_peak_rss_mb']:.0f} MB",
                     ratio, target,
                     " / ".join(v for v in (verdict(result, f"{name}_ms"), verdict(result, f"{name}_peak_rss_mb")) if v)))
    rows += [
        (f"CSV export of all {f['export_rows']:,} placements",
         f"{spread(f['export_rows_per_s'], 'rows/s')} vs COPY {spread(f['export_postgres_rows_per_s'], 'rows/s')}; "
         f"peak RSS {f['export_peak_rss_mb']:.0f} MB",
         f"{f['export_ratio']:.2f}", "≥ 250k rows/s, RSS ≤ 200 MB",
         " / ".join(v for v in (verdict(result, "export_rows_per_s"), verdict(result, "export_peak_rss_mb")) if v)),
        ("`POST /placements`, 8 connections, vs the same statements in pgbench",
         f"{spread(f['placements_post_api_rps'], 'req/s')} vs {spread(f['placements_post_postgres_tps'], 'tps')}",
         f"{f['placements_post_ratio']:.2f}", "≥ 0.8", verdict(result, "placements_post_ratio")),
        ("API RSS idle / after the whole benchmark", f"{f['rss_idle_mb']:.0f} MB / {f['rss_after_mb']:.0f} MB", "",
         "≤ 150 MB / ≤ 400 MB", " / ".join(v for v in (verdict(result, "rss_idle_mb"), verdict(result, "rss_after_mb")) if v)),
        *([(f"company import of {f['import_counts']['rowsRead']:,} CVR extract rows, new / the same file again",
             f"{f['import_s']:.1f} s / {f['reimport_s']:.1f} s", "", "≤ 60 s", verdict(result, "import_s"))] if "import_s" in f else []),
        ("seed: " + ", ".join(f"{int(n):,} {t.replace('_', ' ')}" for t, n in result["rows"].items()),
         f"{f['seed_s']:.0f} s", "", "≤ 90 s", verdict(result, "seed_s")),
    ]
    m = result["machine"]
    lines = [
        f"Run of {result['when']} ({result['scale']} scale), file `benchmarks/results/{result['file']}`.",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB RAM, {m['os']}; {m['postgres']}; .NET SDK {m['dotnet']}.",
        "",
        "| figure | measured (median, range) | ratio to PostgreSQL | target | |",
        "|---|---|---|---|---|",
        *(f"| {' | '.join(row)} |" for row in rows),
    ]
    return "\n".join(lines)


def main():
    results, markdown = Path(sys.argv[1]), Path(sys.argv[2])
    result = json.loads(results.read_text())
    result["file"] = results.name
    text = markdown.read_text() if markdown.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    markdown.write_text(f"{before}{START}\n{table(result)}\n{END}{after}")
    print(f"{markdown}: results of {results.name}")


if __name__ == "__main__":
    main()
