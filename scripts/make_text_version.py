#!/usr/bin/env python3
"""Writes the text version of the app: semantic HTML generated from assets/content.json
(headings, lists, the curriculum table, schedules, the cost table, profiles, sources), for
screen readers, search engines, and browsers without WebGL 2. It is inserted into the page
in place of <!--TEXT-VERSION-->.

    make_text_version.py CONTENT_JSON INDEX_TEMPLATE OUT_INDEX
"""
import datetime
import html
import json
import sys

import markdown


def md(text):
    # Markdown from the content file; raw HTML in it is escaped, links open safely.
    rendered = markdown.markdown(html.escape(text, quote=False), output_format="html")
    return rendered.replace("<a href=", '<a rel="noopener noreferrer" target="_blank" href=')


def esc(text):
    return html.escape(str(text))


def money(dollars):
    return "$" + format(dollars, ",.0f") if float(dollars).is_integer() else "$" + format(dollars, ",.2f")


def source_note(c, source_id, year=None):
    src = next((s for s in c["sources"] if s["id"] == source_id), None)
    if not src:
        return ""
    label = esc(src["title"]) + (", " + esc(year) if year else "")
    if src.get("url"):
        return f'<p class="source">Source: <a href="{esc(src["url"])}" rel="noopener noreferrer" target="_blank">{label}</a></p>'
    return f'<p class="source">Source: {label}</p>'


def newer_facts(c, place):
    """The facts newer pages give for `place`, each with the older wording it updates and its sources."""
    facts = [f for f in c.get("newer_facts", []) if f["beside"] == place]
    if not facts:
        return ""
    items = []
    for f in facts:
        older = f'<br><small>Older wording: {esc(f["older"])}</small>' if f.get("older") else ""
        sources = "".join(source_note(c, s) for s in f["sources"])
        items.append(f'<li>{esc(f["text"])}{older}{sources}</li>')
    return "<h3>On newer pages</h3><ul>" + "".join(items) + "</ul>"


def build(c):
    out = []
    p = c["program"]
    courses = {x["id"]: x for x in c["courses"]}
    groups = {g["id"]: g["label"] for g in c["course_groups"]}
    items = {i["id"]: i for i in c["cost_items"]}
    out.append(f'<h1>{esc(p["name"])}, {esc(p["university"])}</h1>')
    out.append(f'<p><strong>{esc(p.get("tagline", ""))}</strong></p>')
    out.append(md(p["overview"]))
    for section in c["sections"]:
        kind = section["kind"]
        if kind == "overview":
            continue
        out.append(f'<section id="text-{esc(section["id"])}"><h2>{esc(section["title"])}</h2>')
        if kind == "glance":
            out.append("<ul>" + "".join(f'<li><strong>{esc(g["label"])}:</strong> {esc(g["value"])} ({esc(g.get("detail", ""))})</li>'
                                        for g in c["glance"]) + "</ul>")
        elif kind == "differentiators":
            out.append("<ul>" + "".join(f'<li><strong>{esc(d["title"])}.</strong> {esc(d["body"])}</li>' for d in c["differentiators"]) + "</ul>")
        elif kind == "prose":
            out.append(md(section["body"]))
        elif kind == "curriculum":
            out.append(md(section.get("body", "")))
            rows = "".join(f'<tr><td>{esc(x["code"])}</td><td>{esc(x["title"])}<br><small>{esc(x.get("description", ""))}</small></td>'
                           f'<td>{esc(groups.get(x["group"], x["group"]))}</td><td>{x["credits"]}</td></tr>' for x in c["courses"])
            out.append('<table><caption>Courses</caption><thead><tr><th scope="col">Course</th><th scope="col">Title</th>'
                       f'<th scope="col">Group</th><th scope="col">Credits</th></tr></thead><tbody>{rows}</tbody></table>')
        elif kind == "schedules":
            for sched in c["schedules"]:
                out.append(f'<h3>{esc(sched["title"])} ({esc(sched["year"])} published schedule)</h3><p>{esc(sched.get("summary", ""))}</p><ol>')
                for t in sched["terms"]:
                    names = ", ".join(courses[i]["code"] + ("" if courses[i].get("placeholder") else " " + courses[i]["title"])
                                      for i in t["courses"] if i in courses)
                    season = t["season"].replace("bootcamp", "boot camp").capitalize()
                    note = (". " + esc(t["note"])) if t.get("note") else ""
                    out.append(f'<li><strong>{season}{"" if t["season"] == "bootcamp" else ", year " + str(t["year"] + 1)}:</strong> {esc(names)}{note}</li>')
                out.append("</ol>")
        elif kind == "admissions":
            a = c["admissions"]
            cycle = esc(a.get("deadlines_year", ""))
            out.append(f"<h3>Requirements, as listed for {cycle}</h3>")
            out.append("<ul>" + "".join(f"<li>{esc(r)}</li>" for r in a["requirements"]) + "</ul>")
            out.append(f'<p>Application fee ({cycle}): {money(a["application_fee"])}. Start: {esc(a.get("start", ""))}.</p>')
            # The page is built once and read later: a date already past when it was built is marked
            # so, and the caption names the cycle, so no date reads as an upcoming one.
            today = datetime.date.today().isoformat()
            def when(d):
                return "" if not d else esc(d) + (" (passed)" if d < today else "")
            rows = "".join(f'<tr><td>{"Online" if d["format"] == "online" else "On campus"}</td><td>{when(d["deadline"])}</td>'
                           f'<td>{when(d.get("decision", ""))}</td><td>{when(d.get("reply", ""))}</td></tr>' for d in a.get("deadlines", []))
            out.append(f'<table><caption>Dates of the {cycle} admissions cycle, as the program published them; for the current '
                       f'cycle\'s dates see the program\'s page</caption><thead><tr><th scope="col">Format</th>'
                       f'<th scope="col">Apply by</th><th scope="col">Decision</th><th scope="col">Reply by</th></tr></thead><tbody>{rows}</tbody></table>')
            if a.get("director"):
                out.append(f'<p>{esc(a["director"])}</p>')
            out.append(newer_facts(c, "admissions"))
        elif kind == "aid":
            out.append("<ul>" + "".join(f'<li><strong>{esc(x["title"])}.</strong> {esc(x["body"])}'
                                        f'{source_note(c, x.get("source", ""))}{newer_facts(c, "aid/" + x["id"])}</li>'
                                        for x in c["aid"]) + "</ul>")
            lf = c.get("loan_fees")
            if lf:
                out.append(f'<p>Domestic students who borrow can estimate loan fees of {money(lf["per_semester"])} a semester ({esc(lf["year"])}).</p>')
        elif kind == "sources":
            out.append("<ul>" + "".join(
                f'<li>{esc(s["title"])}' + (f': <a href="{esc(s["url"])}" rel="noopener noreferrer" target="_blank">{esc(s["url"])}</a>' if s.get("url") else "") + "</li>"
                for s in c["sources"]) + "</ul>")
            checked = c.get("facts_checked")
            if checked:
                out.append(f'<p>Facts last checked against these sources on {esc(checked["date"])}. {esc(checked.get("against", ""))}</p>')
        if section.get("source") and kind in ("prose", "differentiators", "curriculum", "schedules", "admissions", "aid"):
            out.append(source_note(c, section["source"]))
        out.append("</section>")

    # Cost of attendance, every published year, with its source.
    out.append('<section id="text-costs"><h2>Cost of attendance</h2><p>Official figures change every year; each table gives its academic year.</p>')
    for year in c["cost_years"]:
        oc = year["on_campus"]
        rows = ""
        for item in c["cost_items"]:
            vals = [oc[t].get(item["id"]) for t in ("fall", "spring", "summer")]
            if any(v is not None for v in vals):
                rows += f'<tr><th scope="row">{esc(item["label"])}</th>' + "".join(f"<td>{money(v) if v is not None else '–'}</td>" for v in vals) + "</tr>"
        totals = oc.get("published_term_totals", {})
        if totals:
            rows += '<tr><th scope="row">Total (as published)</th>' + "".join(f'<td>{money(totals[t])}</td>' for t in ("fall", "spring", "summer")) + "</tr>"
        first = year["first_fall"]
        out.append(f'<table><caption>On campus, {esc(year["id"])} (USD)</caption><thead><tr><th scope="col">Item</th>'
                   f'<th scope="col">Fall {first}</th><th scope="col">Spring {first + 1}</th><th scope="col">Summer {first + 1}</th></tr></thead><tbody>{rows}</tbody></table>')
        for note in oc.get("notes", []):
            out.append(f"<p>{esc(note)}</p>")
        tt = oc.get("published_tuition_totals", {})
        if tt:
            out.append("<p>Tuition totals: " + "; ".join(f'{esc(k)}: {money(v)}' for k, v in tt.items()) + ".</p>")
        on = year["online"]
        out.append(f'<p>Online, {esc(year["id"])}: {money(on["per_course_tuition"])} a course; {money(on.get("published_tuition_total", 0))} tuition for {on["courses"]} courses; '
                   f'{money(on.get("published_total", 0))} with the transcript fee and books.</p>')
        out.append(source_note(c, year.get("source", ""), year["id"]))
    out.append("</section>")

    out.append('<section id="text-students"><h2>Students</h2>')
    for s in c.get("students", []):
        names = " & ".join(s["names"])
        out.append(f'<article><h3>{esc(names)}</h3><p>Class of {s["class_year"]}'
                   + "".join(f", {esc(a)}" for a in s.get("awards", [])) + "</p>")
        if s.get("summary"):
            out.append(f'<p>{esc(s["summary"])}</p>')
        bg = s.get("background", {})
        for key, label in (("degree", "Studied"), ("role", "Before the program")):
            if bg.get(key):
                out.append(f"<p>{label}: {esc(bg[key])}</p>")
        for person in s.get("people", []):
            out.append(f'<p><strong>{esc(person["name"])}:</strong> {esc(person.get("background", ""))}</p>')
        for project in s.get("projects", []):
            out.append(f'<p><strong>{esc(project["title"])}.</strong> {esc(project.get("body", ""))}</p>')
        out.append("</article>")
    out.append("</section>")
    return "\n".join(out)


def main():
    content_path, template_path, out_path = sys.argv[1:4]
    content = json.load(open(content_path, encoding="utf-8"))
    page = open(template_path, encoding="utf-8").read()
    if "<!--TEXT-VERSION-->" not in page:
        raise SystemExit(f"{template_path}: no <!--TEXT-VERSION--> placeholder")
    open(out_path, "w", encoding="utf-8").write(page.replace("<!--TEXT-VERSION-->", build(content)))


if __name__ == "__main__":
    main()
