#!/usr/bin/python3
"""The engine side by side with the raw clients and Alembic (quality.md S3, S4, S5).

    compare_engine.py --stepwise BUILD/app/cli/stepwise [--runs 5] [--workdir DIR]
                      [--only s4,s5pg,s5my,s3,a1,a1pg,a1my,a1sql] [--markdown FILE]

Repositories: quality.md's synthetic shape from bench/generate_repo.py (both formats; reused
when --workdir already holds them). Whole processes, interleaved (A B C A B C …), medians.
  S4   `stepwise upgrade heads` of 1,000 revisions into a new SQLite file, vs
       `sqlite3 FILE < upgrade.sql` where upgrade.sql is `stepwise upgrade heads --sql` with
       each step wrapped in BEGIN;/COMMIT; (the same SQL and transactions as the online run),
       vs `python3 -m alembic upgrade heads` on the Alembic twin.
  S5   the same on PostgreSQL (`psql -f`, the offline script already has BEGIN/COMMIT per
       step) and MariaDB (`mariadb < upgrade.sql`): a new database per run, on the servers
       named by STEPWISE_TEST_POSTGRES_URL / STEPWISE_TEST_MYSQL_URL (scripts/test-servers).
  S3   `upgrade heads --sql` of 5,000 revisions: stepwise on the native twin vs Alembic.
  A1   issue 15: the Alembic twin of S4/S5 run by `stepwise upgrade heads --python …` (the
       project's own Alembic through python/stepwise_alembic_driver.py) vs `alembic upgrade
       heads` — target ≤ 1.25× Alembic (a1 SQLite, a1pg PostgreSQL, a1my MariaDB); a1sql:
       `upgrade heads --sql` of the Alembic twin, stepwise (Alembic's offline mode through the
       driver) vs Alembic.
Only the Python standard library is used.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate_repo  # noqa: E402

PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


CPU = []  # user+sys seconds of each run(), in order


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(argv, cwd=None, env=None, stdin=None, check=True):
    cpu0 = children_cpu()
    start = time.perf_counter()
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
        p = subprocess.run(argv, cwd=cwd, env=env, stdin=inp, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    CPU.append(children_cpu() - cpu0)
    if check and p.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(argv), p.stderr.decode()[-2000:]))
    return elapsed, p.stdout


def project(workdir, count):
    out = os.path.join(workdir, "synthetic-%d" % count)
    if not os.path.exists(os.path.join(out, "graph.json")):
        generate_repo.main([out, "--shape", "synthetic", "--count", str(count)])
    return out


def set_dialect(native, dialect):
    with open(os.path.join(native, "stepwise.ini"), "w") as f:
        f.write("[repository]\nversions = versions\ndialect = %s\n\n[database]\n"
                "transaction_per_migration = true\n" % dialect)


def per_step_transactions(script):
    """Wraps each `-- Running` step of a script without BEGIN/COMMIT (SQLite) in one."""
    items = script.split("\n\n")
    out, open_tx = [], False
    for item in items:
        if item.startswith("-- Running"):
            if open_tx:
                out.append("COMMIT;")
            out.append("BEGIN;")
            open_tx = True
        out.append(item)
    if open_tx:
        out.append("COMMIT;")
    return "\n\n".join(out)


class Server:
    """A database server from a URL: creates and drops one database per run."""

    def __init__(self, kind, url):
        self.kind = kind
        self.url = urllib.parse.urlsplit(url)
        self.counter = 0

    def env(self):
        e = dict(os.environ)
        e["PGPASSWORD" if self.kind == "pg" else "MYSQL_PWD"] = urllib.parse.unquote(self.url.password or "")
        return e

    def admin(self, sql, db=None):
        u = self.url
        if self.kind == "pg":
            argv = ["psql", "-X", "-q", "-h", u.hostname, "-p", str(u.port), "-U", u.username,
                    "-d", db or u.path.lstrip("/"), "-v", "ON_ERROR_STOP=1", "-c", sql]
        else:
            argv = ["mariadb", "-h", u.hostname, "-P", str(u.port), "-u", u.username, "-e", sql]
        run(argv, env=self.env())

    def fresh(self):
        self.counter += 1
        name = "stepwise_bench_%d_%d" % (os.getpid(), self.counter)
        self.admin("DROP DATABASE IF EXISTS %s" % name)
        self.admin("CREATE DATABASE %s" % name)
        return name

    def drop(self, name):
        self.admin("DROP DATABASE IF EXISTS %s" % name)

    def url_for(self, name, scheme):
        u = self.url
        return urllib.parse.urlunsplit((scheme, u.netloc, "/" + name, "", ""))

    def client(self, name, script):
        u = self.url
        if self.kind == "pg":
            return ["psql", "-X", "-q", "-h", u.hostname, "-p", str(u.port), "-U", u.username,
                    "-d", name, "-v", "ON_ERROR_STOP=1", "-f", script], None
        return ["mariadb", "-h", u.hostname, "-P", str(u.port), "-u", u.username, name], script


def fresh_target(dialect, server, sqlite_path):
    """An empty database for one run: (name, Stepwise URL, SQLAlchemy URL). SQLite: the file
    removed; servers: a new database (server.drop(name) after the run)."""
    if dialect == "s4":
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(sqlite_path + suffix):
                os.remove(sqlite_path + suffix)
        return sqlite_path, "sqlite:///" + sqlite_path, "sqlite:///" + sqlite_path
    name = server.fresh()
    return (name, server.url_for(name, "postgresql" if dialect == "pg" else "mysql"),
            server.url_for(name, "postgresql" if dialect == "pg" else "mysql+pymysql"))


def median_table(results):
    return {k: statistics.median(v) for k, v in results.items()}


def bench_upgrade(args, label, dialect, server=None):
    base = project(args.workdir, args.upgrade_count)
    native, alembic = os.path.join(base, "native"), os.path.join(base, "alembic")
    set_dialect(native, {"s4": "sqlite", "pg": "postgresql", "my": "mysql"}[dialect])
    scratch = args.scratch or os.path.join(args.workdir, "scratch")
    os.makedirs(scratch, exist_ok=True)
    sqlfile = os.path.join(scratch, "upgrade-%s.sql" % dialect)
    if dialect == "s4":
        url = "sqlite:///" + os.path.join(scratch, "offline.db")
    else:
        url = server.url_for("offline", "postgresql" if dialect == "pg" else "mysql")
    _, script = run([args.stepwise, "upgrade", "heads", "--sql", "-q", "--project", native, "--url", url])
    script = script.decode()
    if dialect == "s4":
        script = per_step_transactions(script)
    with open(sqlfile, "w") as f:
        f.write(script)

    def target():
        return fresh_target(dialect, server, os.path.join(scratch, "bench.db"))

    def cleanup(name):
        if server:
            server.drop(name)

    def stepwise():
        name, url, _ = target()
        t, _ = run([args.stepwise, "upgrade", "heads", "-q", "--project", native, "--url", url])
        cpu = CPU[-1]
        cleanup(name)
        return t, cpu

    def client():
        name, _, _ = target()
        if dialect == "s4":
            t, _ = run(["sqlite3", name], stdin=sqlfile)
        else:
            argv, stdin = server.client(name, sqlfile)
            t, _ = run(argv, env=server.env(), stdin=stdin)
        cpu = CPU[-1]
        cleanup(name)
        return t, cpu

    def alembic_run():
        name, _, url = target()
        t, _ = run([PY, "-m", "alembic", "-x", "url=" + url, "upgrade", "heads"], cwd=alembic)
        cpu = CPU[-1]
        cleanup(name)
        return t, cpu

    contenders = [("stepwise", stepwise), ("client", client)]
    if not args.no_alembic:
        contenders.append(("alembic", alembic_run))
    for _, f in contenders:  # warm-up: page cache, bytecode cache
        f()
    results = {k: [] for k, _ in contenders}
    cpu = {k: [] for k, _ in contenders}
    for i in range(args.runs):
        order = contenders[i % len(contenders):] + contenders[:i % len(contenders)]
        for k, f in order:
            t, c = f()  # c: the measured process only (a database server's CPU is not included)
            results[k].append(t)
            cpu[k].append(c)
    for k in cpu:
        results[k + " cpu"] = cpu[k]
    return label, median_table(results), results


def bench_alembic(args, label, dialect, server=None):
    """The Alembic twin moved by stepwise through the driver, and by Alembic alone."""
    base = project(args.workdir, args.upgrade_count)
    alembic = os.path.join(base, "alembic")
    scratch = args.scratch or os.path.join(args.workdir, "scratch")
    os.makedirs(scratch, exist_ok=True)

    def target():
        return fresh_target(dialect, server, os.path.join(scratch, "bench-alembic.db"))

    def measured(argv, cwd=None):
        name, url, saurl = target()
        t, _ = run([a.replace("{url}", url).replace("{saurl}", saurl) for a in argv], cwd=cwd)
        cpu = CPU[-1]
        if server:
            server.drop(name)
        return t, cpu

    contenders = [
        ("stepwise", lambda: measured([args.stepwise, "upgrade", "heads", "-q", "--project", alembic,
                                       "--url", "{url}", "--python", PY])),
        ("alembic", lambda: measured([PY, "-m", "alembic", "-x", "url={saurl}", "upgrade", "heads"],
                                     cwd=alembic)),
    ]
    for _, f in contenders:
        f()
    results = {k: [] for k, _ in contenders}
    cpu = {k: [] for k, _ in contenders}
    for i in range(args.runs):
        for k, f in (contenders if i % 2 == 0 else contenders[::-1]):
            t, c = f()
            results[k].append(t)
            cpu[k].append(c)
    for k in cpu:
        results[k + " cpu"] = cpu[k]
    return label, median_table(results), results


def bench_alembic_offline(args):
    base = project(args.workdir, args.upgrade_count)
    alembic = os.path.join(base, "alembic")
    url = "sqlite:///" + os.path.join(args.workdir, "offline.db")
    contenders = [
        ("stepwise", lambda: run([args.stepwise, "upgrade", "heads", "--sql", "-q", "--project", alembic,
                                  "--url", url, "--python", PY])[0]),
        ("alembic", lambda: run([PY, "-m", "alembic", "-x", "url=" + url, "upgrade", "heads", "--sql"],
                                cwd=alembic)[0]),
    ]
    for _, f in contenders:
        f()
    results = {k: [] for k, _ in contenders}
    for i in range(args.runs):
        for k, f in (contenders if i % 2 == 0 else contenders[::-1]):
            results[k].append(f())
    return ("A1 Alembic project, upgrade heads --sql, %d revisions" % args.upgrade_count,
            median_table(results), results)


def bench_offline(args):
    base = project(args.workdir, args.offline_count)
    native, alembic = os.path.join(base, "native"), os.path.join(base, "alembic")
    set_dialect(native, "sqlite")
    contenders = [
        ("stepwise", lambda: run([args.stepwise, "upgrade", "heads", "--sql", "-q", "--project", native,
                                  "--url", "sqlite:///offline.db"])[0]),
        ("alembic", lambda: run([PY, "-m", "alembic", "upgrade", "heads", "--sql"], cwd=alembic)[0]),
    ]
    for _, f in contenders:
        f()
    results = {k: [] for k, _ in contenders}
    for i in range(args.runs):
        for k, f in (contenders if i % 2 == 0 else contenders[::-1]):
            results[k].append(f())
    return "S3 upgrade heads --sql, %d revisions" % args.offline_count, median_table(results), results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stepwise", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--workdir", default="/tmp/stepwise-bench-engine")
    ap.add_argument("--only", default="s4,s5pg,s5my,s3")
    ap.add_argument("--upgrade-count", type=int, default=1000)
    ap.add_argument("--offline-count", type=int, default=5000)
    ap.add_argument("--scratch", help="where S4's database files go (e.g. /dev/shm: no fsync cost)")
    ap.add_argument("--no-alembic", action="store_true", help="leave Alembic out of S4/S5")
    ap.add_argument("--markdown")
    args = ap.parse_args()
    args.stepwise = os.path.abspath(args.stepwise)
    os.makedirs(args.workdir, exist_ok=True)
    only = args.only.split(",")
    rows = []
    n = args.upgrade_count
    if "s4" in only:
        rows.append(bench_upgrade(args, "S4 upgrade heads, %d revisions, SQLite file" % n, "s4"))
    for key, env, kind, name in (("s5pg", "STEPWISE_TEST_POSTGRES_URL", "pg", "PostgreSQL"),
                                 ("s5my", "STEPWISE_TEST_MYSQL_URL", "my", "MariaDB")):
        if key in only:
            if not os.environ.get(env):
                print("%s: %s is not set, skipped" % (key, env), file=sys.stderr)
                continue
            rows.append(bench_upgrade(args, "S5 upgrade heads, %d revisions, %s" % (n, name), kind,
                                      Server(kind, os.environ[env])))
    if "s3" in only:
        rows.append(bench_offline(args))
    if "a1" in only:
        rows.append(bench_alembic(args, "A1 Alembic project, upgrade heads, %d revisions, SQLite" % n, "s4"))
    for key, env, kind, name in (("a1pg", "STEPWISE_TEST_POSTGRES_URL", "pg", "PostgreSQL"),
                                 ("a1my", "STEPWISE_TEST_MYSQL_URL", "my", "MariaDB")):
        if key in only:
            if not os.environ.get(env):
                print("%s: %s is not set, skipped" % (key, env), file=sys.stderr)
                continue
            rows.append(bench_alembic(args, "A1 Alembic project, upgrade heads, %d revisions, %s" % (n, name),
                                      kind, Server(kind, os.environ[env])))
    if "a1sql" in only:
        rows.append(bench_alembic_offline(args))
    lines = ["| workload | stepwise (s) | raw client (s) | alembic (s) | stepwise / client | alembic / stepwise |",
             "|---|---|---|---|---|---|"]
    for label, med, _ in rows:
        s, c, a = med.get("stepwise"), med.get("client"), med.get("alembic")
        fmt = lambda x: "%.3f" % x if x is not None else "–"  # noqa: E731
        ratio_c = "%.2f×" % (s / c) if c else "–"
        ratio_a = "%.1f×" % (a / s) if a else "–"
        lines.append("| %s | %s | %s | %s | %s | %s |" % (label, fmt(s), fmt(c), fmt(a), ratio_c, ratio_a))
        if med.get("stepwise cpu") is not None and med.get("client cpu"):
            lines.append("| … CPU of the measured process | %s | %s | %s | %.2f× | |" % (
                fmt(med["stepwise cpu"]), fmt(med["client cpu"]), fmt(med.get("alembic cpu")),
                med["stepwise cpu"] / med["client cpu"]))
    text = "\n".join(lines) + "\n\nmedians of %d interleaved runs (after one warm-up run each)\n" % args.runs
    for label, _, raw in rows:
        text += "\n%s: " % label + "; ".join("%s %s" % (k, " ".join("%.3f" % x for x in v)) for k, v in raw.items())
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
