"""The review pages, rendered on the server: plain HTML forms, one inline style sheet, no script.

Nothing is loaded from elsewhere (the Content-Security-Policy of :mod:`web`
forbids it), so the pages work on a relay without internet access and in a
browser with JavaScript off. Every value from a report is escaped.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Sequence
from html import escape

from cep_gui.receiver.relay.rules import Rules
from cep_gui.receiver.relay.state import Activity, Batch, Counts, Decision, HeldReport
from cep_gui.receiver.relay.summary import FleetSummary

STYLE = """
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6570; --line: #d8dde3;
  --accent: #1f5fa8; --ok: #1d7a3e; --warn: #9a5b00; --bad: #a32626; --bg: #f5f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 "DejaVu Sans", system-ui, sans-serif; color: var(--ink);
  background: var(--bg); }
header { background: #17324f; color: #fff; padding: 10px 24px; display: flex;
  align-items: center; gap: 24px; }
header a { color: #fff; text-decoration: none; }
header .brand { font-weight: bold; font-size: 17px; }
header nav { display: flex; gap: 18px; flex: 1; }
header form { margin: 0; }
main { max-width: 1180px; margin: 0 auto; padding: 18px 24px 40px; }
h1 { font-size: 22px; margin: 8px 0 4px; }
h2 { font-size: 17px; margin: 26px 0 8px; }
p.lead { color: var(--muted); margin: 0 0 14px; }
section.card { background: #fff; border: 1px solid var(--line); border-radius: 6px;
  padding: 14px 18px; margin: 12px 0; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { font-size: 13px; color: var(--muted); font-weight: 600; background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, pre { font-family: "DejaVu Sans Mono", monospace; font-size: 13px; }
pre { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px;
  overflow: auto; max-height: 560px; white-space: pre-wrap; word-break: break-all; }
.stats { display: flex; gap: 12px; flex-wrap: wrap; margin: 10px 0; }
.stat { background: #fff; border: 1px solid var(--line); border-radius: 6px;
  padding: 10px 16px; min-width: 130px; }
.stat b { display: block; font-size: 24px; }
.stat span { color: var(--muted); font-size: 13px; }
.tag { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
  font-weight: 600; }
.tag.removed { background: #fbe3e3; color: var(--bad); }
.tag.counted { background: #fff1d6; color: var(--warn); }
.tag.leaves { background: #e3f3e8; color: var(--ok); }
.tag.held { background: #e6eef8; color: var(--accent); }
.muted { color: var(--muted); }
.values { margin: 0; padding: 0; list-style: none; }
.values li { display: inline-block; margin: 2px 6px 2px 0; padding: 1px 8px;
  border: 1px solid var(--line); border-radius: 4px; background: #fafbfc; font-size: 13px; }
.values li b { color: var(--accent); margin-left: 4px; }
.actions { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
button, input[type=submit] { font: inherit; padding: 6px 16px; border-radius: 4px;
  border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: #fff; color: var(--bad); border-color: var(--bad); }
header button { background: transparent; border-color: #fff; color: #fff; padding: 3px 12px; }
input[type=password], input[type=number] { font: inherit; padding: 5px 8px;
  border: 1px solid var(--line); border-radius: 4px; }
.notice { background: #e3f3e8; border: 1px solid #b5dcc2; padding: 8px 14px;
  border-radius: 6px; margin: 10px 0; }
.error { background: #fbe3e3; border: 1px solid #eab4b4; padding: 8px 14px;
  border-radius: 6px; margin: 10px 0; }
section.card.login { max-width: 420px; margin: 60px auto; }
.rules li { margin: 3px 0; }
"""
#: The style sheet's hash, for a Content-Security-Policy that allows this one and no other.
STYLE_HASH = "sha256-" + base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def page(title: str, body: str, *, signed_in: bool, csrf: str = "") -> str:
    nav = ""
    if signed_in:
        logout = (
            f'<form method="post" action="/relay/logout">{hidden(csrf)}'
            '<button type="submit">Sign out</button></form>'
            if csrf
            else '<span class="muted">local socket</span>'
        )
        nav = (
            '<nav><a href="/relay/">Held reports</a><a href="/relay/activity">Sent and decided'
            f'</a><a href="/relay/rules">Rules</a></nav>{logout}'
        )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)} · cep-gui relay</title><style>{STYLE}</style></head><body>"
        f'<header><a class="brand" href="/relay/">cep-gui relay</a>{nav}</header>'
        f"<main>{body}</main></body></html>"
    )


def hidden(csrf: str) -> str:
    return f'<input type="hidden" name="csrf" value="{_e(csrf)}">' if csrf else ""


def login(*, token_set: bool, error: str = "") -> str:
    if not token_set:
        body = (
            '<section class="card login"><h1>No admin token is set</h1>'
            "<p>The review pages need an admin token. On the relay's machine, run</p>"
            "<pre>cep-gui relay set-token --db DATABASE</pre>"
            "<p>and sign in with the token it prints. Until then the pages can be used only "
            "through the relay's local socket (<code>--admin-socket</code>).</p></section>"
        )
        return page("Sign in", body, signed_in=False)
    problem = f'<p class="error">{_e(error)}</p>' if error else ""
    body = (
        '<section class="card login"><h1>Sign in</h1>'
        '<p class="lead">Reports from this organization\'s computers wait here until IT '
        "releases them.</p>"
        f"{problem}"
        '<form method="post" action="/relay/login">'
        '<p><label for="token">Admin token</label><br>'
        '<input type="password" id="token" name="token" size="36" autocomplete="current-password"'
        " required autofocus></p>"
        '<p><button type="submit" id="sign-in">Sign in</button></p></form></section>'
    )
    return page("Sign in", body, signed_in=False)


def overview(
    counts: Counts,
    batches: Sequence[Batch],
    *,
    csrf: str,
    auto_days: int | None,
    upstream: str | None,
    notice: str = "",
) -> str:
    stats = "".join(
        f'<div class="stat"><b>{n}</b><span>{_e(label)}</span></div>'
        for n, label in [
            (counts.held, "held for review"),
            (counts.waiting, "released, not yet sent"),
            (counts.delivered, "delivered to the vendor"),
            (counts.exported, "exported in bundles"),
            (counts.rejected, "rejected"),
            (counts.refused, "refused by the vendor"),
        ]
    )
    rows = "".join(
        f'<tr><td><a href="/relay/batches/{_e(b.id)}">{_e(b.id)}</a></td>'
        f'<td class="num">{b.reports}</td><td class="num">{b.machines}</td>'
        f"<td>{_e(_time(b.oldest))}</td><td>{_e(_time(b.newest))}</td>"
        f'<td><a href="/relay/batches/{_e(b.id)}">Review</a></td></tr>'
        for b in batches
    )
    table = (
        '<table id="batches"><tr><th>Batch (day received, UTC)</th><th class="num">Reports</th>'
        '<th class="num">Machines</th><th>Oldest</th><th>Newest</th><th></th></tr>'
        f"{rows}</table>"
        if batches
        else '<p class="muted" id="batches">Nothing is held: every report has been decided.</p>'
    )
    where = (
        f"Released reports go to <code>{_e(upstream)}</code>."
        if upstream
        else "This relay has no upstream: released reports wait to be exported in a bundle "
        "(<code>cep-gui relay export-bundle</code>)."
    )
    auto = (
        f"Held reports are released automatically after {auto_days} days."
        if auto_days
        else "Held reports wait until someone releases or rejects them."
    )
    body = (
        "<h1>Held reports</h1>"
        f'<p class="lead">{where}</p>'
        + (f'<p class="notice" id="notice">{_e(notice)}</p>' if notice else "")
        + f'<div class="stats">{stats}</div>'
        f"<h2>Batches waiting for review</h2>{table}"
        '<h2>Auto-release</h2><section class="card">'
        f"<p>{_e(auto)}</p>"
        '<form method="post" action="/relay/settings/auto-release" class="actions">'
        f'{hidden(csrf)}<label for="days">Release held reports after</label>'
        f'<input type="number" id="days" name="days" min="0" max="3650" '
        f'value="{auto_days or 0}"> days (0: never)'
        '<button type="submit" class="secondary">Save</button></form></section>'
    )
    return page("Held reports", body, signed_in=True, csrf=csrf)


def batch(
    found: Batch,
    reports: Sequence[HeldReport],
    summary: FleetSummary,
    rules: Rules,
    *,
    csrf: str,
    upstream: str | None,
) -> str:
    destination = f"to <code>{_e(upstream)}</code>" if upstream else "for export in a bundle"
    actions = (
        '<section class="card"><div class="actions">'
        f'<form method="post" action="/relay/batches/{_e(found.id)}/release">{hidden(csrf)}'
        f'<input type="hidden" name="through" value="{found.last_seq}">'
        f'<button type="submit" id="release">Release {found.reports} reports</button></form>'
        f'<form method="post" action="/relay/batches/{_e(found.id)}/reject">{hidden(csrf)}'
        f'<input type="hidden" name="through" value="{found.last_seq}">'
        f'<button type="submit" class="danger" id="reject">Reject {found.reports} reports</button>'
        "</form></div>"
        f'<p class="muted">Releasing sends these reports {destination} after your '
        "organization's rules; rejecting keeps them here and never sends them. Reports that "
        "arrive after this page was shown are not included.</p></section>"
    )
    body = (
        f"<h1>Batch {_e(found.id)}</h1>"
        f'<p class="lead">{found.reports} reports from {found.machines} machines, received '
        f"between {_e(_time(found.oldest))} and {_e(_time(found.newest))}.</p>"
        f"{actions}"
        "<h2>What your rules remove</h2>"
        f"{rules_list(rules)}"
        "<h2>What would leave: the fleet summary</h2>"
        '<p class="muted">For each field: the distinct values in this batch and on how many '
        "machines each was found (each machine counted once, with its newest report).</p>"
        f"{fleet(summary, rules)}"
        "<h2>Reports</h2>"
        f"{report_table(reports)}"
    )
    return page(f"Batch {found.id}", body, signed_in=True, csrf=csrf)


def rules_list(rules: Rules) -> str:
    if not rules.rules:
        return (
            '<p class="muted" id="rules">No rules: reports leave exactly as the clients sent '
            "them (start the relay with <code>--rules FILE</code> to remove fields).</p>"
        )
    items = "".join(
        f'<li>{_e(rule.describe())} <span class="muted">(line {rule.line})</span></li>'
        for rule in rules.rules
    )
    return f'<ul class="rules" id="rules">{items}</ul><p class="muted">From {_e(rules.source)}</p>'


def fleet(summary: FleetSummary, rules: Rules) -> str:
    rows: list[str] = []
    for entry in summary.fields:
        fld = entry.field
        effect = rules.effect(fld.id)
        tag = {
            "removed": '<span class="tag removed">removed by your rules</span>',
            "counted": '<span class="tag counted">only the number leaves</span>',
        }.get(effect or "", '<span class="tag leaves">leaves</span>')
        values = "".join(f"<li>{_e(v)} <b>&times;{n}</b></li>" for v, n in entry.top())
        more = f' <span class="muted">and {entry.more} more values</span>' if entry.more else ""
        rows.append(
            f'<tr data-field="{_e(fld.id)}"><td><b>{_e(fld.title)}</b><br>'
            f'<code class="muted">{_e(fld.id)}</code><br><span class="muted">'
            f"{_e(fld.description)}</span></td>"
            f'<td class="num">{entry.machines}</td><td>{tag}</td>'
            f'<td><ul class="values">{values}</ul>{more}</td></tr>'
        )
    for path, machines in sorted(summary.unknown.items()):
        rows.append(
            f'<tr><td><code>{_e(path)}</code><br><span class="muted">not in this relay\'s '
            "catalog (a newer client?)</span></td>"
            f'<td class="num">{machines}</td><td><span class="tag leaves">leaves</span></td>'
            "<td></td></tr>"
        )
    return (
        '<table id="fleet"><tr><th>Field</th><th class="num">Machines</th><th>After rules</th>'
        f"<th>Values (machines)</th></tr>{''.join(rows)}</table>"
    )


def report_table(reports: Iterable[HeldReport]) -> str:
    rows = "".join(
        f'<tr><td><a href="/relay/reports/{_e(r.report_id)}"><code>{_e(r.report_id)}</code>'
        f"</a></td><td><code>{_e(r.installation_id[:8])}…</code></td>"
        f'<td>{_e(_time(r.received))}</td><td class="num">{len(r.body):,} bytes</td></tr>'
        for r in reports
    )
    return (
        '<table id="reports"><tr><th>Report</th><th>Machine (installation)</th><th>Received</th>'
        f'<th class="num">Size</th></tr>{rows}</table>'
    )


def report(
    report_id: str,
    installation_id: str,
    received: str,
    body: bytes,
    decision: Decision | None,
    leaving: bytes | None,
    removed: Sequence[str],
    *,
    csrf: str,
) -> str:
    state = (
        '<span class="tag held">held</span>'
        if decision is None
        else f'<span class="tag leaves">{_e(decision.label)}</span>'
    )
    facts = [
        ("Machine (installation id)", f"<code>{_e(installation_id)}</code>"),
        ("Received", _e(_time(received))),
        ("State", state),
    ]
    if decision is not None:
        facts.append(("Decided", f"{_e(_time(decision.decided))} by {_e(decision.decided_by)}"))
        if decision.sent:
            answer = f"HTTP {decision.upstream_status}" if decision.upstream_status else ""
            facts.append(("Sent", f"{_e(_time(decision.sent))} {_e(answer)}"))
        if decision.upstream_answer:
            facts.append(("Vendor's receipt", f"<code>{_e(decision.upstream_answer)}</code>"))
        if decision.last_error:
            facts.append(("Last problem", _e(decision.last_error)))
        if decision.exported:
            facts.append(("Exported in bundle", f"<code>{_e(decision.exported)}</code>"))
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts)
    removal = (
        "<ul>" + "".join(f"<li><code>{_e(r)}</code></li>" for r in removed) + "</ul>"
        if removed
        else '<p class="muted">Nothing: your rules leave this report as it is.</p>'
    )
    leaves = (
        f'<h2>As it leaves</h2><pre id="leaving">{_e(_pretty(leaving))}</pre>'
        if leaving is not None and leaving != body
        else ""
    )
    content = (
        f"<h1>Report <code>{_e(report_id)}</code></h1>"
        f'<table class="facts">{rows}</table>'
        f"<h2>What your rules remove from it</h2>{removal}"
        f'<h2>Exactly as received</h2><p><a href="/relay/reports/{_e(report_id)}.json">'
        "Download the exact JSON</a></p>"
        f'<pre id="exact">{_e(body.decode("utf-8", "replace"))}</pre>'
        f"{leaves}"
    )
    return page(f"Report {report_id}", content, signed_in=True, csrf=csrf)


def activity(entries: Sequence[Activity], *, csrf: str, deletions_waiting: int) -> str:
    rows = "".join(
        f'<tr><td><a href="/relay/reports/{_e(a.report_id)}"><code>{_e(a.report_id)}</code></a>'
        f"</td><td>{_e(a.decision.label)}</td><td>{_e(_time(a.decision.decided))} "
        f'<span class="muted">{_e(a.decision.decided_by)}</span></td>'
        f"<td>{_e(_time(a.decision.sent) if a.decision.sent else '')}</td>"
        f"<td>{_e(_answer(a.decision))}</td></tr>"
        for a in entries
    )
    body = (
        "<h1>Sent and decided</h1>"
        f'<p class="lead">The latest decisions and what the vendor answered. Deletion '
        f"requests waiting to be passed on: {deletions_waiting}.</p>"
        '<table id="activity"><tr><th>Report</th><th>State</th><th>Decided</th><th>Sent</th>'
        f"<th>Vendor's answer</th></tr>{rows}</table>"
    )
    return page("Sent and decided", body, signed_in=True, csrf=csrf)


def rules_page(rules: Rules, *, csrf: str) -> str:
    text = f'<h2>The file</h2><pre id="rules-text">{_e(rules.text)}</pre>' if rules.text else ""
    body = f"<h1>Your organization's rules</h1>{rules_list(rules)}{text}"
    return page("Rules", body, signed_in=True, csrf=csrf)


def message(title: str, text: str, *, signed_in: bool, csrf: str = "") -> str:
    return page(title, f"<h1>{_e(title)}</h1><p>{_e(text)}</p>", signed_in=signed_in, csrf=csrf)


def _answer(decision: Decision) -> str:
    if decision.upstream_status is None:
        return decision.last_error or ""
    text = f"HTTP {decision.upstream_status}"
    if decision.outcome is None and decision.last_error:
        text += f": {decision.last_error}, will try again"
    elif decision.last_error:
        text += f": {decision.last_error}"
    return text


def _time(text: str | None) -> str:
    return (text or "").replace("T", " ").replace("+00:00", " UTC")


def _pretty(body: bytes | None) -> str:
    if body is None:
        return ""
    try:
        return json.dumps(json.loads(body), indent=2, sort_keys=True, ensure_ascii=False)
    except ValueError:
        return body.decode("utf-8", "replace")
