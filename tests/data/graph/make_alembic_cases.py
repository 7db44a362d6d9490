#!/usr/bin/python3
"""Writes alembic_cases.txt: target texts resolved by Alembic's own RevisionMap (Debian's
python3-alembic) on random graphs: plain lookup, upgrade and downgrade resolvers, history
ranges. Cases where Alembic crashes (AssertionError, KeyError, …: the spec's ⚑ corners) are
left out. tst_target replays them. Regenerate only from Alembic, never from Stepwise:

    /usr/bin/python3 tests/data/graph/make_alembic_cases.py 400 1123 > tests/data/graph/alembic_cases.txt
"""
import random
import sys
import types
import warnings

warnings.simplefilter("ignore")
from alembic.script import revision as rv  # noqa: E402
from alembic.script.revision import Revision, RevisionMap  # noqa: E402


def random_graph(rng, n):
    revs, ids = [], []
    for i in range(n):
        while True:
            rid = "".join(rng.choice("ab12") for _ in range(rng.randint(2, 6)))
            if rid not in ids and rid not in ("head", "base"):
                break
        if not ids or rng.random() < 0.15:
            parents = ()
        elif rng.random() < 0.2 and len(ids) >= 2:
            parents = tuple(rng.sample(ids, 2))
        else:
            parents = (rng.choice(ids),)
        deps = (rng.choice(ids),) if ids and rng.random() < 0.15 else ()
        labels = ("lab%d" % i,) if rng.random() < 0.2 else ()
        revs.append((rid, parents, deps, labels))
        ids.append(rid)
    return revs


def build(revs):
    objs = []
    for rid, parents, deps, labels in revs:
        o = Revision(rid, parents if len(parents) != 1 else parents[0],
                     dependencies=deps or None, branch_labels=labels or None)
        objs.append(o)
    return RevisionMap(lambda: objs)


def cli_message(e, end=None):
    """What Alembic's command layer prints (ScriptDirectory._catch_revision_errors)."""
    if isinstance(e, rv.RangeNotAncestorError):
        return "Requested range %s:%s does not refer to ancestor/descendant revisions along the same branch" % (e.lower, e.upper)
    if isinstance(e, rv.MultipleHeads):
        arg = end or e.argument
        return ("Multiple head revisions are present for given argument '%s'; please specify a "
                "specific target revision, '<branchname>@%s' to narrow to a specific head, or "
                "'heads' for all heads" % (arg, arg))
    if isinstance(e, rv.ResolutionError):
        return "Can't locate revision identified by '%s'" % e.argument
    return e.args[0]


def vocabulary(rng, revs):
    ids = [r[0] for r in revs]
    labels = [l for r in revs for l in r[3]]
    names = ids + labels
    def name():
        n = rng.choice(names)
        return n[: rng.randint(1, len(n))] if rng.random() < 0.3 else n
    forms = [
        lambda: name(), lambda: rng.choice(["heads", "head", "base"]),
        lambda: "%s@%s" % (name(), rng.choice(["head", "heads", "base"])),
        lambda: "%s@%s" % (name(), name()),
        lambda: rng.choice("+-") + str(rng.randint(0, 3)),
        lambda: "%s%s%d" % (name(), rng.choice("+-"), rng.randint(0, 3)),
        lambda: "%s@%s%d" % (name(), rng.choice("+-"), rng.randint(1, 3)),
        lambda: "%s@%s%s%d" % (name(), name(), rng.choice("+-"), rng.randint(1, 2)),
        lambda: rng.choice(["head-1", "heads-1", "zzzz", "b@a@-1", "zz"]),
    ]
    return rng.choice(forms)()


def consistent_rows(rm, rng, ids):
    picks = rng.sample(ids, rng.randint(0, min(2, len(ids))))
    applied = set()
    for p in picks:
        applied |= {r.revision for r in rm._get_ancestor_nodes([rm.get_revision(p)])}
    rows = []
    for r in ids:
        if r in applied and not any(
                r != a and r in {x.revision for x in rm._get_ancestor_nodes([rm.get_revision(a)])}
                for a in applied):
            rows.append(r)
    return rows


def ids_of(revs):
    out = []
    for r in revs:
        if r is None or r == "base":
            continue
        out.append(r.revision)
    return " ".join(out)


def main():
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1123)
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    for gi in range(count):
        revs = random_graph(rng, rng.randint(3, 10))
        rm = build(revs)
        try:
            rm.heads
        except Exception:
            continue
        print("graph %d" % gi)
        for rid, parents, deps, labels in revs:
            print("rev %s | %s | %s | %s" % (rid, " ".join(parents), " ".join(deps), " ".join(labels)))
        ids = [r[0] for r in revs]
        for _ in range(12):
            rows = consistent_rows(rm, rng, ids)
            text = vocabulary(rng, revs)
            kind = rng.choice(["lookup", "upgrade", "downgrade", "history"])
            try:
                if kind == "lookup":
                    res = rm.get_revisions(text)
                    if any(r is None or r == "base" for r in res):
                        continue
                    answer = "ok " + ids_of(res)
                elif kind == "upgrade":
                    res = rm._parse_upgrade_target(tuple(rows), text, assert_relative_length=True)
                    if any(r is None or r == "base" for r in res):
                        continue
                    answer = "ok " + ids_of(res)
                elif kind == "downgrade":
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        branch, res = rm._parse_downgrade_target(tuple(rows), text, True)
                    res = "" if res is None or res == "base" else res.revision
                    answer = "ok %s / %s" % (branch or "", res)
                else:
                    lower = vocabulary(rng, revs) if rng.random() < 0.7 else ""
                    text = "%s:%s" % (lower, text if rng.random() < 0.7 else "")
                    lo, up = text.split(":")
                    try:
                        res = list(rm.iterate_revisions(up or "heads", lo or "base", inclusive=True,
                                                        assert_relative_length=False))
                    except rv.RevisionError as e:
                        raise CliError(cli_message(e, up or "heads") if not isinstance(e, rv.RangeNotAncestorError)
                                       else "Requested range %s:%s does not refer to ancestor/descendant revisions along the same branch" % (lo or "base", up or "heads"))
                    answer = "ok " + ids_of(res)
            except CliError as e:
                answer = "error " + str(e)
            except rv.RevisionError as e:
                answer = "error " + cli_message(e, text if kind in ("upgrade", "downgrade") else None)
            except Exception:
                continue  # Alembic crashes here: the spec's ⚑ rules apply instead
            print("case %s | %s | %s | %s" % (kind, " ".join(rows), text, answer))
        print("end")


class CliError(Exception):
    pass


if __name__ == "__main__":
    main()
