#!/usr/bin/python3
"""Writes model_cases.txt: random graphs with the answers of the spec's executable model
(shared/spec/alembic-evidence/tools/spec_model.py, checked against Alembic on 3,200 graphs).
tst_planner replays every case on Stepwise. Regenerate only from the model, never from Stepwise:

    /usr/bin/python3 tests/data/graph/make_model_cases.py \
        /work/shared/spec/alembic-evidence/tools > tests/data/graph/model_cases.txt
"""
import random
import sys

sys.path.insert(0, sys.argv[1])
import spec_model  # noqa: E402


def random_graph(rng, n):
    revs, ids, labels_used = [], [], 0
    for i in range(n):
        rid = "r%02d" % i
        if not ids or rng.random() < 0.12:
            parents = ()
        elif rng.random() < 0.2 and len(ids) >= 2:
            parents = tuple(rng.sample(ids, 2))
        else:
            parents = (rng.choice(ids),)
        deps = (rng.choice(ids),) if ids and rng.random() < 0.15 else ()
        labels = ()
        if rng.random() < 0.15:
            labels = ("L%d" % labels_used,)
            labels_used += 1
        revs.append(spec_model.Rev(rid, parents, deps, labels))
        ids.append(rid)
    inv = {r.id: r.labels[0] for r in revs if r.labels}
    for r in revs:
        if r.deps and r.deps[0] in inv and rng.random() < 0.5:
            r.deps = (inv[r.deps[0]],)
    return revs


def consistent_rows(g, rng):
    picks = rng.sample(g.order, rng.randint(0, min(3, len(g.order))))
    applied = g.anc(*picks) if picks else set()
    return [r for r in g.order if r in applied and not any(r in (g.anc(a) - {a}) for a in applied)]


def fmt_ops(ops):
    out = []
    for op in ops:
        if op[0] == "INSERT":
            out.append("INS " + op[1])
        elif op[0] == "DELETE":
            out.append("DEL " + op[1])
        else:
            out.append("UPD %s->%s" % (op[1], op[2]))
    return ", ".join(out)


def main():
    rng = random.Random(20261123)
    for gi in range(int(sys.argv[2]) if len(sys.argv) > 2 else 200):
        revs = random_graph(rng, rng.randint(3, 14))
        order = [r.id for r in revs]
        rng.shuffle(order)
        revs = sorted(revs, key=lambda r: order.index(r.id))
        g = spec_model.Graph(revs)
        print("graph %d" % gi)
        for r in revs:
            print("rev %s | %s | %s | %s" % (r.id, " ".join(r.parents), " ".join(r.deps), " ".join(r.labels)))
        print("heads " + " ".join(g.heads))
        print("realheads " + " ".join(g.real_heads))
        print("bases " + " ".join(g.bases))
        for rid in g.order:
            print("labels %s %s" % (rid, " ".join(sorted(g.label_sets[rid]))))
        for _ in range(6):
            rows = consistent_rows(g, rng)
            upgrade = rng.random() < 0.5
            if upgrade:
                target = rng.choice(g.order + ["heads"])
            else:
                act = sorted(g.anc(*rows)) if rows else []
                target = rng.choice(act + ["base"]) if act else "base"
            cmd = "upgrade" if upgrade else "downgrade"
            try:
                plan = g.upgrade_plan(rows, target) if upgrade else g.downgrade_plan(rows, target)
            except ValueError as e:
                print("case %s | %s | %s | error %s" % (cmd, " ".join(rows), target, e))
                continue
            heads = list(rows)
            steps = ["%s: %s" % (rid, fmt_ops(g.row_ops(heads, rid, upgrade, fixed=True))) for rid in plan]
            print("case %s | %s | %s | %s | %s" % (cmd, " ".join(rows), target, "; ".join(steps), " ".join(heads)))
        for _ in range(3):
            rows = consistent_rows(g, rng)
            args = rng.sample(g.order + ["base", "heads"], rng.choice([1, 1, 2]))
            try:
                steps, after = spec_model.stamp(g, rows, args)
            except (AssertionError, ValueError):
                print("case stamp | %s | %s | conflict" % (" ".join(rows), " ".join(args)))
                continue
            text = "; ".join("stamp: " + fmt_ops(s) for s in steps)
            print("case stamp | %s | %s | %s | %s" % (" ".join(rows), " ".join(args), text, " ".join(after)))
        print("end")


if __name__ == "__main__":
    main()
