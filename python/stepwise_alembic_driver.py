#!/usr/bin/env python3
"""Stepwise's Alembic driver: runs an Alembic or Flask-Migrate project's own revisions for
Stepwise, which plans, locks, records history and shows progress.

Started once per run with the project's own Python:

    python3 stepwise_alembic_driver.py --config PATH/alembic.ini [--url URL]
    python3 stepwise_alembic_driver.py --flask-migrate PATH/migrations   (FLASK_APP set)

It talks JSON, one object per line: requests on stdin, events on stdout. Anything the
project prints goes to stderr, so it cannot break the protocol.

  → {"event": "ready", "python": "3.11.2", "alembic": "1.8.1", "flask_migrate": "4.0.4"}
  ← {"cmd": "run", "direction": "up" | "down", "steps": ["rev1", "rev2", ...],
     "history": {"table": ..., "schema": ..., "direction": ..., "os_user": ..., "tool_version": ...,
                 "timestamp_suffix": "" | "+00", "checksums": {"rev1": "sha256…"}}}
  → {"event": "connected", "url": ..., "backend": ..., "host": ..., "port": ..., "database": ...}
  ← {"cmd": "go"} | {"cmd": "stop"}          (Stepwise checks it is the selected database)
  → {"event": "step-started", "revision": "rev1"}
  → {"event": "step-done", "revision": "rev1", "ms": 12, "heads": [...]}   (committed when sent;
    the step's history row was written in its own transaction, and "heads" is alembic_version
    read back in that transaction)
  ← {"cmd": "go"} | {"cmd": "cancel"}
  → {"event": "finished"} | {"event": "stopped"}
    | {"event": "failed", "revision": ..., "type": ..., "message": ..., "database": ...,
       "file": ..., "line": N, "statements_done": N, "traceback": ...}
    ("statements_done": the failed step's statements that stayed applied — 0 where the
    database rolled the step back; MySQL/MariaDB commit each DDL statement)
  A setup error before "ready" is {"event": "error", "kind": ..., "message": ..., "hint": ...}
  (no alembic, Alembic < 1.5, Flask-Migrate < 3, no FLASK_APP, an app that fails to load).

  ← {"cmd": "sql", "direction": "up" | "down", "steps": [...], "start": ["rev", ...]}
  → {"event": "sql", "sql": "...", "failed": null | {"revision": ..., "message": ..., "line": N}}
    (Alembic's offline mode, as `alembic upgrade A:B --sql` writes it; a revision that needs a
    live connection stops the script there and is named; "revision" "" when env.py itself
    cannot run offline)

  ← {"cmd": "revision", "message": ..., "autogenerate": bool, "head": ..., "splice": bool,
     "branch_label": ..., "rev_id": ..., "depends_on": [...]}
  ← {"cmd": "merge", "revisions": [...], "message": ..., "branch_label": ..., "rev_id": ...}
  → ("connected" as above when env.py connects: autogenerate compares with that database)
  → {"event": "written", "paths": ["..."]} | {"event": "failed", ...} | {"event": "stopped"}
  ← {"cmd": "quit"}

Steps run in the order given, one Alembic transaction each (transaction_per_migration), in
one run of env.py: Python and env.py start once per run, not once per revision. On SQLite the
driver takes pysqlite's transactions over, so a step's DDL commits with it or not at all.
"""

import datetime
import itertools
import json
import os
import sys
import time
import traceback

# The protocol owns file descriptor 1; everything else written to stdout goes to stderr.
_protocol = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
os.dup2(2, 1)
sys.stdout = sys.stderr


def send(**event):
    _protocol.write(json.dumps(event) + "\n")
    _protocol.flush()


def receive():
    line = sys.stdin.readline()
    if not line:
        raise SystemExit(0)  # Stepwise went away: stop where we are
    return json.loads(line)


class StopRun(Exception):
    """Stepwise said stop before anything ran (another database than the selected one)."""


def arguments(argv):
    options = {"config": None, "flask_migrate": None, "url": None}
    i = 0
    while i < len(argv):
        name = argv[i].lstrip("-").replace("-", "_")
        if name not in options or i + 1 >= len(argv):
            raise SystemExit("usage: stepwise_alembic_driver.py --config INI [--url URL] | "
                             "--flask-migrate DIR")
        options[name] = argv[i + 1]
        i += 2
    return options


def fail_setup(kind, message, hint):
    send(event="error", kind=kind, message=message, hint=hint)
    raise SystemExit(2)


def sqlalchemy_url(url):
    """A Stepwise URL as SQLAlchemy reads it: MySQL/MariaDB through the installed driver."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme in ("mysql", "mariadb"):
        try:
            import MySQLdb  # noqa: F401
        except ImportError:
            try:
                import pymysql  # noqa: F401
                scheme += "+pymysql"
            except ImportError:
                pass
    return scheme + sep + rest


OLDEST_ALEMBIC = "1.5"
OLDEST_FLASK_MIGRATE = "3.0"


def older_than(version, oldest):
    """Whether a version text such as "1.8.1" or "3.1.0.dev0" is below `oldest`; an unreadable
    one is not refused."""
    def numbers(text):
        parts = []
        for part in text.split("."):
            digits = "".join(itertools.takewhile(str.isdigit, part))
            if not digits:
                break
            parts.append(int(digits))
        return parts
    found = numbers(version)
    return bool(found) and found < numbers(oldest)


def load_config(options):
    """The project's Alembic Config; for Flask-Migrate, with its app context pushed."""
    hint = ("install Alembic into this Python (pip install alembic) or choose the project's own "
            "Python with --python or STEPWISE_PYTHON")
    try:
        import alembic
    except ImportError as e:
        fail_setup("alembic-missing", "cannot import alembic: %s" % e, hint)
    found = getattr(alembic, "__version__", "unknown")
    versions = {"python": "%d.%d.%d" % sys.version_info[:3], "alembic": found}
    if older_than(found, OLDEST_ALEMBIC):
        fail_setup("alembic-too-old", "Alembic %s is too old: Stepwise runs Alembic %s or newer"
                   % (found, OLDEST_ALEMBIC),
                   "upgrade Alembic in this Python (pip install -U alembic) or choose another "
                   "Python with --python or STEPWISE_PYTHON")
    try:
        from alembic.config import Config
    except ImportError as e:
        fail_setup("alembic-missing", "cannot import alembic: %s" % e, hint)
    if options["flask_migrate"]:
        directory = options["flask_migrate"]
        if not os.environ.get("FLASK_APP"):
            fail_setup("flask-app-missing", "FLASK_APP is not set",
                       "set FLASK_APP in the environment, in .flaskenv or .env beside the "
                       "migrations folder, or in the project's settings")
        try:
            import flask_migrate
            from flask.cli import ScriptInfo
        except ImportError as e:
            fail_setup("flask-migrate-missing", "cannot import Flask-Migrate: %s" % e,
                       "install Flask-Migrate into this Python or choose the project's own "
                       "Python with --python or STEPWISE_PYTHON")
        try:
            from importlib.metadata import version
            versions["flask_migrate"] = version("Flask-Migrate")
        except Exception:
            versions["flask_migrate"] = getattr(flask_migrate, "__version__", "unknown")
        if older_than(versions["flask_migrate"], OLDEST_FLASK_MIGRATE):
            fail_setup("flask-migrate-too-old", "Flask-Migrate %s is too old: Stepwise runs "
                       "Flask-Migrate %s or newer" % (versions["flask_migrate"], OLDEST_FLASK_MIGRATE),
                       "upgrade Flask-Migrate in this Python (pip install -U Flask-Migrate) or "
                       "choose another Python with --python or STEPWISE_PYTHON")
        try:
            app = ScriptInfo(app_import_path=os.environ["FLASK_APP"]).load_app()
        except Exception as e:
            fail_setup("app-import", "cannot load the Flask app %r: %s: %s"
                       % (os.environ["FLASK_APP"], type(e).__name__, e),
                       "check FLASK_APP and that the app's modules import in this Python")
        app.app_context().push()
        extension = app.extensions.get("migrate")
        if extension is None:
            fail_setup("app-import", "the Flask app has no Flask-Migrate extension",
                       "create Migrate(app, db) in the app")
        # Flask-Migrate ≥ 3 keeps the Migrate object on its app extension, as `flask db` uses it.
        migrate = getattr(extension, "migrate", extension)
        config = migrate.get_config(directory)
    else:
        config = Config(options["config"])
        if options["url"]:
            # env.py reads it as alembic would: the ini's sqlalchemy.url, % escaped for
            # ConfigParser's interpolation.
            config.set_main_option("sqlalchemy.url",
                                   sqlalchemy_url(options["url"]).replace("%", "%%"))
    return config, versions


def connection_event(connection):
    url = connection.engine.url
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database and database != ":memory:":
        database = os.path.abspath(database)
    send(event="connected", url=url.render_as_string(hide_password=True),
         backend=url.get_backend_name(), host=url.host or "", port=url.port or 0,
         database=database)


def watch_connection(connection, state):
    """Counts the statements each step runs, and makes SQLite steps atomic.

    pysqlite opens its own transactions only before INSERT/UPDATE/DELETE, so a CREATE TABLE
    that comes first would commit at once: a revision failing half way, or a run killed
    mid-step, would leave its first DDL behind with alembic_version not moved. Taking the
    transactions over (no implicit BEGIN, an explicit one whenever SQLAlchemy begins) makes each
    step all-or-nothing on SQLite, as it is on PostgreSQL. Elsewhere the count tells, when a
    revision fails on a database that commits each DDL statement (MySQL, MariaDB), how many of
    its statements stayed."""
    import sqlalchemy as sa

    def counted(conn, cursor, statement, parameters, context, executemany):
        if state["current"] is not None and not state["recording"]:
            state["statements"] += 1

    state["atomic"] = connection.dialect.name in ("sqlite", "postgresql", "mssql")
    if not state["atomic"]:  # only there: a listener costs every statement some time
        sa.event.listen(connection, "after_cursor_execute", counted)
    if connection.dialect.name == "sqlite":
        fairy = connection.connection
        raw = getattr(fairy, "dbapi_connection", None) or getattr(fairy, "connection", None)
        if raw is not None and not raw.in_transaction:
            raw.isolation_level = None

            def begin(conn):
                conn.exec_driver_sql("BEGIN")

            sa.event.listen(connection, "begin", begin)
        else:
            state["atomic"] = False
            sa.event.listen(connection, "after_cursor_execute", counted)


def failure_event(revision, script, error, statements_done=0):
    """The revision's own frame (its file and line) and the database's words when it spoke;
    statements_done: how many of the step's statements stayed applied (0 where the database
    rolled the step back)."""
    path = script.get_revision(revision).path if revision else None
    file, line = None, 0
    for frame in traceback.extract_tb(error.__traceback__):
        if path and os.path.abspath(frame.filename) == os.path.abspath(path):
            file, line = frame.filename, frame.lineno
    database = getattr(error, "orig", None)
    send(event="failed", revision=revision or "", type=type(error).__name__,
         message=str(error).splitlines()[0] if str(error) else type(error).__name__,
         database=str(database) if database is not None else "",
         file=file or "", line=line, statements_done=statements_done,
         traceback="".join(traceback.format_exception(type(error), error, error.__traceback__)))


def run(config, request):
    from alembic.runtime.environment import EnvironmentContext
    from alembic.runtime.migration import RevisionStep
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(config)
    upgrade = request["direction"] == "up"
    steps = request["steps"]
    state = {"current": None, "statements": 0, "recording": False, "atomic": True}

    history = request.get("history")
    state["started"] = time.monotonic()
    state["heads"] = []
    columns = ("revision", "direction", "checksum", "started_at", "duration_ms", "os_user",
               "tool_version", "status", "error", "statements_done")
    recorder = {}

    def prepare_record(ctx):
        """The step's bookkeeping as plain SQL on the DBAPI cursor, built once per run: Alembic's
        get_current_heads() would first ask the catalog whether alembic_version exists, and
        SQLAlchemy would compile the history INSERT each step — three round trips and their
        Python where one or two do. psycopg2 sends both statements in one round trip."""
        dialect = ctx.connection.dialect
        quote = dialect.identifier_preparer

        def table(name, schema):
            return (quote.quote_schema(schema) + "." if schema else "") + quote.quote(name)

        marker = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(dialect.paramstyle)
        recorder["select"] = "SELECT version_num FROM " + table(ctx.version_table, ctx.version_table_schema)
        recorder["insert"] = None
        recorder["combined"] = False
        if history and marker:
            recorder["insert"] = "INSERT INTO %s (%s) VALUES (%s)" % (
                table(history["table"], history.get("schema") or None),
                ", ".join(quote.quote(c) for c in columns), ", ".join([marker] * len(columns)))
            recorder["combined"] = dialect.driver == "psycopg2"
        elif history:
            import sqlalchemy as sa

            recorder["insert_sa"] = sa.table(history["table"], *(sa.column(name) for name in columns),
                                             schema=history.get("schema") or None).insert()

    def record(ctx, step, heads, run_args):
        """In the step's own transaction, after Alembic updated alembic_version: the history
        row, and the version rows read back."""
        state["recording"] = True
        if not recorder:
            prepare_record(ctx)
        row = None
        if history:
            ms = int((time.monotonic() - state["started"]) * 1000)
            started = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(milliseconds=ms)
            row = (state["current"], history["direction"], history["checksums"].get(state["current"]),
                   started.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (started.microsecond // 1000)
                   + history.get("timestamp_suffix", ""),
                   ms, history["os_user"], history["tool_version"], "ok", None, 0)
        if row is not None and recorder["insert"] is None:
            ctx.connection.execute(recorder["insert_sa"], dict(zip(columns, row)))
            row = None
        cursor = ctx.connection.connection.cursor()
        try:
            if row is not None and recorder["combined"]:
                cursor.execute(recorder["insert"] + "; " + recorder["select"], row)
            else:
                if row is not None:
                    cursor.execute(recorder["insert"], row)
                cursor.execute(recorder["select"])
            state["heads"] = sorted(r[0] for r in cursor.fetchall())
        finally:
            cursor.close()

    def planned(heads, context):
        for revision in steps:
            state["current"] = revision
            send(event="step-started", revision=revision)
            state["started"] = time.monotonic()
            state["statements"] = 0
            state["recording"] = False
            yield RevisionStep(script.revision_map, script.get_revision(revision), upgrade)
            # Resumed after Alembic committed the step.
            send(event="step-done", revision=revision,
                 ms=int((time.monotonic() - state["started"]) * 1000), heads=state["heads"])
            state["current"] = None
            if receive().get("cmd") != "go":
                return

    environment = EnvironmentContext(config, script, fn=planned, as_sql=False)
    configure_as_written = environment.configure

    # env.py calls context.configure(); this runs instead (Alembic's context module proxies
    # to the instance's attributes, so an instance attribute is what env.py gets).
    def configure(*args, **kw):
        # One transaction per revision: a step Stepwise records as done has committed, with
        # its history row.
        kw["transaction_per_migration"] = True
        existing = kw.get("on_version_apply") or ()
        kw["on_version_apply"] = ([existing] if callable(existing) else list(existing)) + [record]
        configure_as_written(*args, **kw)
        connection = environment.get_context().connection
        if connection is not None:
            watch_connection(connection, state)
            connection_event(connection)
            if receive().get("cmd") != "go":
                raise StopRun()

    environment.configure = configure

    try:
        with environment:
            script.run_env()
    except StopRun:
        send(event="stopped")
        return
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as e:  # a revision or env.py raised: report, stay alive
        stayed = state["statements"] if state["current"] and not state["atomic"] else 0
        failure_event(state["current"], script, e, stayed)
        return
    send(event="finished")


def render_sql(config, request):
    import io

    from alembic.runtime.environment import EnvironmentContext
    from alembic.runtime.migration import RevisionStep
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(config)
    upgrade = request["direction"] == "up"
    state = {"current": None}

    def planned(heads, context):
        for revision in request["steps"]:
            state["current"] = revision
            yield RevisionStep(script.revision_map, script.get_revision(revision), upgrade)
        state["current"] = None

    buffer = io.StringIO()
    config.output_buffer = buffer
    start = tuple(request.get("start") or ()) or None
    failed = None
    try:
        with EnvironmentContext(config, script, fn=planned, as_sql=True, starting_rev=start,
                                destination_rev=request["steps"][-1] if request["steps"] else None):
            script.run_env()
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as e:  # e.g. a revision that reads data through op.get_bind()
        revision = state["current"]
        path = script.get_revision(revision).path if revision else None
        line = 0
        for frame in traceback.extract_tb(e.__traceback__):
            if path and os.path.abspath(frame.filename) == os.path.abspath(path):
                line = frame.lineno
        failed = {"revision": revision or "", "type": type(e).__name__,
                  "message": str(e).splitlines()[0] if str(e) else type(e).__name__, "line": line}
    finally:
        config.output_buffer = None
    send(event="sql", sql=buffer.getvalue(), failed=failed)


def guarded_configure():
    """Every env.py run reports the database it connected to and waits for Stepwise's word."""
    from alembic.runtime.environment import EnvironmentContext

    configure_as_written = EnvironmentContext.configure

    def configure(self, *args, **kw):
        configure_as_written(self, *args, **kw)
        connection = self.get_context().connection
        if connection is not None:
            connection_event(connection)
            if receive().get("cmd") != "go":
                raise StopRun()

    EnvironmentContext.configure = configure
    return lambda: setattr(EnvironmentContext, "configure", configure_as_written)


def author(config, request):
    from alembic import command

    written = []
    restore = guarded_configure()
    try:
        if request["cmd"] == "merge":
            result = command.merge(config, request["revisions"], message=request.get("message"),
                                   branch_label=request.get("branch_label"),
                                   rev_id=request.get("rev_id"))
        else:
            result = command.revision(config, message=request.get("message"),
                                      autogenerate=bool(request.get("autogenerate")),
                                      head=request.get("head") or "head",
                                      splice=bool(request.get("splice")),
                                      branch_label=request.get("branch_label"),
                                      rev_id=request.get("rev_id"),
                                      depends_on=request.get("depends_on") or None)
        for item in result if isinstance(result, list) else [result]:
            if item is not None:
                written.append(item.path)
    except StopRun:
        send(event="stopped")
        return
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as e:
        send(event="failed", revision="", type=type(e).__name__,
             message=str(e).splitlines()[0] if str(e) else type(e).__name__, database="",
             file="", line=0,
             traceback="".join(traceback.format_exception(type(e), e, e.__traceback__)))
        return
    finally:
        restore()
    send(event="written", paths=written)


def main():
    # No PR_SET_PDEATHSIG: when Stepwise is killed, the driver finishes the revision it is
    # running (on SQLite and MySQL its DDL commits as it goes, so dying half way would leave
    # it half-applied), then stops at its next word to Stepwise (end of input or a broken pipe).
    options = arguments(sys.argv[1:])
    config, versions = load_config(options)
    send(event="ready", **versions)
    while True:
        request = receive()
        command = request.get("cmd")
        if command == "quit":
            return
        if command == "run":
            run(config, request)
        elif command == "sql":
            render_sql(config, request)
        elif command in ("revision", "merge"):
            author(config, request)
        else:
            send(event="error", kind="protocol", message="unknown command %r" % command, hint="")


if __name__ == "__main__":
    main()
