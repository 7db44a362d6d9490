#!/usr/bin/python3
"""Schema snapshot and diff (issue 16) next to SQLAlchemy's reflection.

    compare_schema.py --bench BUILD/bench/bench_schema [--stepwise BUILD/app/cli/stepwise]
                      [--runs 5] [--tables 1000] [--only pg,my,diff,memory]
                      [--diff-tables 10000] [--memory-sizes 1000,10000,20000]
                      [--read-memory-sizes 500,2000] [--markdown FILE]

  read   a fresh database of TABLES tables (10 columns, 2 indexes, 1 foreign key each: the DDL
         is generated here and applied with psql in one transaction / mariadb) on the servers
         named by STEPWISE_TEST_POSTGRES_URL / STEPWISE_TEST_MYSQL_URL (scripts/test-servers),
         dropped afterwards. Interleaved runs, medians, after one warm-up each:
           `bench_schema read URL --runs 1` as a whole process, and the SchemaSnapshot::read
           time it prints; vs a Python process doing `sqlalchemy.MetaData().reflect(connection)`
           (Debian's python3-sqlalchemy with psycopg2 / PyMySQL), whole process and the reflect
           time it prints; with --stepwise also `stepwise diff URL URL --json` (both sides read).
         Targets: the read ≤ 1 s; ≥ 20× faster than SQLAlchemy. The counts read (tables,
         columns, indexes, foreign keys) must be what was created, else the script fails.
  diff   `bench_schema diff --tables DIFF_TABLES`: two models, every 10th table changed.
         Target ≤ 100 ms.
  memory `bench_schema diff` at each of MEMORY_SIZES (one process each): the RSS the two models
         take and the peak; and `bench_schema read` at READ_MEMORY_SIZES tables on PostgreSQL
         (with TABLES): memory should be linear in the schema.
Python standard library only, except the SQLAlchemy child (run with /usr/bin/python3).
"""
import argparse
import json
import os
import statistics
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare_engine  # noqa: E402  (the servers of the side-by-side benchmarks)

PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable

# The SQLAlchemy side: connects first, then times reflect() alone, as bench_schema times read().
REFLECT = r"""
import json, sys, time
import sqlalchemy
engine = sqlalchemy.create_engine(sys.argv[1])
with engine.connect() as connection:
    metadata = sqlalchemy.MetaData()
    start = time.perf_counter()
    metadata.reflect(connection)
    seconds = time.perf_counter() - start
tables = metadata.tables.values()
print(json.dumps({"tables": len(metadata.tables),
                  "columns": sum(len(t.columns) for t in tables),
                  "indexes": sum(len(t.indexes) for t in tables),
                  "foreignKeys": sum(len(t.foreign_key_constraints) for t in tables),
                  "reflectS": seconds}))
"""


run = compare_engine.run  # (seconds, stdout) of a whole process; exits on failure


def run_json(argv):
    elapsed, out = run(argv)
    return elapsed, json.loads(out.decode().strip().splitlines()[-1])


def ddl(kind, count):
    """count tables t_00000…: id + c1…c9 (integer / varchar(40) by turns), indexes on (c1) and
    (c2, c3), a foreign key c1 → the previous table's id (the first table: itself)."""
    out = []
    for i in range(count):
        name, target = "t_%05d" % i, "t_%05d" % max(i - 1, 0)
        columns = ["id integer NOT NULL PRIMARY KEY"]
        columns += ["c%d %s" % (c, "integer" if c % 2 else "varchar(40)") for c in range(1, 10)]
        fk = "CONSTRAINT fk_%d FOREIGN KEY (c1) REFERENCES %s (id)" % (i, target)
        if kind == "pg":
            out.append("CREATE TABLE %s (%s, %s);" % (name, ", ".join(columns), fk))
            out.append("CREATE INDEX ix_%d_a ON %s (c1);" % (i, name))
            out.append("CREATE INDEX ix_%d_b ON %s (c2, c3);" % (i, name))
        else:
            # Inline, before the key: InnoDB then backs the foreign key with ix_a instead of
            # adding an index of its own.
            out.append("CREATE TABLE %s (%s, INDEX ix_%d_a (c1), INDEX ix_%d_b (c2, c3), %s) ENGINE=InnoDB;"
                       % (name, ", ".join(columns), i, i, fk))
    return "\n".join(out) + "\n"


class Server(compare_engine.Server):
    """compare_engine's server, which also fills a new database with the generated schema."""

    def create(self, tables, workdir):
        """A new database holding `tables` tables; its name and the seconds the DDL took."""
        name = self.fresh()
        script = os.path.join(workdir, "schema-%s-%d.sql" % (self.kind, tables))
        with open(script, "w") as f:
            f.write(ddl(self.kind, tables))
        argv, stdin = self.client(name, script)
        if self.kind == "pg":
            argv.insert(1, "-1")  # one transaction; MariaDB commits each DDL statement by itself
        seconds, _ = run(argv, env=self.env(), stdin=stdin)
        return name, seconds


def check_counts(what, got, tables, strict=True):
    """Fails loudly when a reader did not see the schema that was created."""
    expected = {"tables": tables, "columns": 10 * tables, "indexes": 2 * tables, "foreignKeys": tables}
    wrong = {k: (got.get(k), v) for k, v in expected.items() if got.get(k) != v}
    if wrong and strict:
        sys.exit("%s read the wrong schema (got, expected): %s" % (what, wrong))
    return wrong


def bench_read(args, kind, label, server):
    name, ddl_s = server.create(args.tables, args.workdir)
    try:
        url = server.url_for(name, "postgresql" if kind == "pg" else "mysql")
        saurl = server.url_for(name, "postgresql+psycopg2" if kind == "pg" else "mysql+pymysql")
        results = {"stepwise process s": [], "stepwise read ms": [], "stepwise maxrss kb": [],
                   "sqlalchemy process s": [], "sqlalchemy reflect s": []}
        sqlalchemy_counts = {}

        def stepwise(record):
            t, out = run_json([args.bench, "read", url, "--runs", "1"])
            check_counts("bench_schema (%s)" % label, out, args.tables)
            if record:
                results["stepwise process s"].append(t)
                results["stepwise read ms"].append(out["ms"][0])
                results["stepwise maxrss kb"].append(out["maxRssKb"])

        def sqlalchemy(record):
            t, out = run_json([PY, "-c", REFLECT, saurl])
            if out["tables"] != args.tables:
                sys.exit("SQLAlchemy (%s) reflected %d tables, expected %d" % (label, out["tables"], args.tables))
            sqlalchemy_counts.update(out)
            if record:
                results["sqlalchemy process s"].append(t)
                results["sqlalchemy reflect s"].append(out["reflectS"])

        contenders = [stepwise, sqlalchemy]
        if args.stepwise:
            results["stepwise diff process s"] = []

            def cli_diff(record):
                t, out = run([args.stepwise, "diff", url, url, "--json"])
                if record:
                    results["stepwise diff process s"].append(t)
            contenders.append(cli_diff)
        for f in contenders:  # warm-up: page cache, the server's catalog caches, bytecode
            f(False)
        for i in range(args.runs):
            order = contenders[i % len(contenders):] + contenders[:i % len(contenders)]
            for f in order:
                f(True)
    finally:
        if not args.keep:
            server.drop(name)
    extra = "DDL of %d tables %.1f s; SQLAlchemy's counts: %s" % (
        args.tables, ddl_s, {k: v for k, v in sqlalchemy_counts.items() if k != "reflectS"})
    return label, {k: statistics.median(v) for k, v in results.items()}, results, extra


def bench_diff(args):
    _, out = run_json([args.bench, "diff", "--tables", str(args.diff_tables), "--runs", str(args.runs)])
    return out


def bench_memory(args, servers):
    rows = []
    for n in [int(x) for x in args.memory_sizes.split(",") if x]:
        _, out = run_json([args.bench, "diff", "--tables", str(n), "--runs", "1"])
        rows.append(("diff, two models of %d tables" % n, n, out["modelsRssKb"], out["maxRssKb"], out["ms"][0]))
    pg = servers.get("pg")
    if pg:
        for n in sorted({int(x) for x in args.read_memory_sizes.split(",") if x} | {args.tables}):
            name, _ = pg.create(n, args.workdir)
            try:
                _, out = run_json([args.bench, "read", pg.url_for(name, "postgresql"), "--runs", "1"])
                check_counts("bench_schema (PostgreSQL, %d tables)" % n, out, n)
            finally:
                pg.drop(name)
            rows.append(("read, PostgreSQL, %d tables" % n, n, None, out["maxRssKb"], out["ms"][0]))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", required=True, help="build-*/bench/bench_schema")
    ap.add_argument("--stepwise", help="build-*/app/cli/stepwise: also time `stepwise diff URL URL --json`")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tables", type=int, default=1000)
    ap.add_argument("--diff-tables", type=int, default=10000)
    ap.add_argument("--memory-sizes", default="1000,10000,20000")
    ap.add_argument("--read-memory-sizes", default="500,2000")
    ap.add_argument("--only", default="pg,my,diff,memory")
    ap.add_argument("--workdir", default=None, help="where the DDL scripts go (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="leave the databases in place")
    ap.add_argument("--markdown")
    args = ap.parse_args()
    args.bench = os.path.abspath(args.bench)
    if args.stepwise:
        args.stepwise = os.path.abspath(args.stepwise)
    tmp = None
    if not args.workdir:
        tmp = tempfile.TemporaryDirectory(prefix="stepwise-bench-schema-")
        args.workdir = tmp.name
    os.makedirs(args.workdir, exist_ok=True)
    only = args.only.split(",")

    servers = {}
    for kind, env in (("pg", "STEPWISE_TEST_POSTGRES_URL"), ("my", "STEPWISE_TEST_MYSQL_URL")):
        if os.environ.get(env):
            servers[kind] = Server(kind, os.environ[env])
    reads = []
    for kind, name in (("pg", "PostgreSQL"), ("my", "MariaDB")):
        if kind not in only:
            continue
        if kind not in servers:
            sys.exit("%s: the server's URL variable is not set" % name)
        reads.append(bench_read(args, kind, name, servers[kind]))

    fmt = lambda x: "–" if x is None else "%.3f" % x  # noqa: E731
    text = ""
    if reads:
        lines = ["| read %d tables (10 columns, 2 indexes, 1 FK each) | stepwise read (ms) | stepwise process (s) "
                 "| SQLAlchemy reflect (s) | SQLAlchemy process (s) | reflect / read | process / process "
                 "| ≤ 1 s | ≥ 20× |" % args.tables,
                 "|---|---|---|---|---|---|---|---|---|"]
        for label, med, _, _ in reads:
            read_s = med["stepwise read ms"] / 1000
            r_in = med["sqlalchemy reflect s"] / read_s
            r_proc = med["sqlalchemy process s"] / med["stepwise process s"]
            lines.append("| %s | %.0f | %s | %s | %s | %.1f× | %.1f× | %s | %s |" % (
                label, med["stepwise read ms"], fmt(med["stepwise process s"]), fmt(med["sqlalchemy reflect s"]),
                fmt(med["sqlalchemy process s"]), r_in, r_proc,
                "met" if med["stepwise process s"] <= 1 else "NOT met",
                "met" if min(r_in, r_proc) >= 20 else ("met in process only" if r_in >= 20 else "NOT met")))
        text += "\n".join(lines) + "\n\nmedians of %d interleaved runs (after one warm-up run each)\n" % args.runs
        for label, med, raw, extra in reads:
            text += "\n%s: " % label + "; ".join("%s %s" % (k, " ".join("%.3f" % x for x in v)) for k, v in raw.items())
            if "stepwise diff process s" in med:
                text += "\n%s: `stepwise diff URL URL --json` median %.3f s" % (label, med["stepwise diff process s"])
            text += "\n%s: %s" % (label, extra)
        text += "\n"
    if "diff" in only:
        out = bench_diff(args)
        med = statistics.median(out["ms"])
        text += ("\ndiff of two %d-table models: %d changes, median %.1f ms (≤ 100 ms: %s); runs %s ms; "
                 "models %d KB RSS, peak %d KB\n" % (
                     args.diff_tables, out["changes"], med, "met" if med <= 100 else "NOT met",
                     " ".join("%.1f" % x for x in out["ms"]), out["modelsRssKb"], out["maxRssKb"]))
    if "memory" in only:
        rows = bench_memory(args, servers)
        text += "\n| memory | tables | models RSS (KB) | per table (KB) | peak RSS (KB) | time (ms) |\n|---|---|---|---|---|---|\n"
        for label, n, models, peak, ms in rows:
            text += "| %s | %d | %s | %s | %d | %.1f |\n" % (
                label, n, "–" if models is None else models, "–" if models is None else "%.1f" % (models / n), peak, ms)
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
