#!/usr/bin/env python3
"""Writes the bad-input corpus under src/test/resources/bad/ (run from the project folder).

Each case is a folder with the files that overlay a copy of the small test fixtures
(src/test/resources/mini/{rules,facts}) and an expected.txt:

    # what the case is (one line; docs/bad-input.md shows it)
    args: extra command-line options            (optional)
    setup: delete|mkdir|symlink|fifo|big|sparse PATH [SIZE]   (optional, done by the test)
    setup: link PATH TARGET                      (a symbolic link; TARGET relative to PATH's folder)
    exit: 2                                      (default 2; 0 for values that are normalised)
    facts/x.csv:3: value: fact.bad-value         (every problem, exactly: location and code)
    notice facts/x.csv:3: value: normalised      (every notice, for exit 0)

The corpus is committed; run this script again after changing it.
"""
import gzip, io, os, shutil, zipfile

ROOT = "src/test/resources/bad"
H = "place,year,indicator,value,unit,source,quote,note"
cases = []


def case(name, what, files, expected, setup=(), args="", exit_code=2):
    cases.append(name)
    d = os.path.join(ROOT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for path, content in files.items():
        p = os.path.join(d, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    lines = ["# " + what]
    if args:
        lines.append("args: " + args)
    lines += ["setup: " + s for s in setup]
    lines.append("exit: %d" % exit_code)
    lines += expected
    with open(os.path.join(d, "expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def csv(*rows):
    return H + "\n" + "".join(r + "\n" for r in rows)


def row(place="a", year="2014", ind="industry.share", value="20", unit="%", source="test", quote="q", note=""):
    return ",".join([place, year, ind, value, unit, source, quote, note])


def one(name, what, r, code, field="value", line=2, fname="x.csv"):
    case(name, what, {"facts/" + fname: csv(r)}, ["facts/%s:%d: %s: %s" % (fname, line, field, code)])


# --- values ------------------------------------------------------------------------------------
one("value-unknown-place", "a place that places.yaml does not list", row(place="x"), "fact.unknown-place", "place")
one("value-unknown-indicator", "an indicator the rule base does not define", row(ind="industry.nope"), "fact.unknown-indicator", "indicator")
one("value-share-over-100", "a share over 100 %", row(value="120"), "fact.out-of-range")
one("value-share-over-100-with-sign", "a share over 100 % written with a % sign", row(value="120%"), "fact.out-of-range")
one("value-negative-count", "a negative count", row(ind="industry.projects", value="-3", unit="个"), "fact.out-of-range")
one("value-nan", "NaN as a value", row(value="NaN"), "fact.not-finite")
one("value-infinity", "Infinity as a value", row(value="Infinity"), "fact.not-finite")
one("value-infinity-sign", "∞ as a value", row(value="∞"), "fact.not-finite")
one("value-overflow", "a number too large for a double (1e999)", row(ind="transport.minutes", value="1e999", unit="分钟"), "fact.not-finite")
one("value-percent-wrong-unit", "a % sign on a figure measured in minutes", row(ind="transport.minutes", value="35%", unit="分钟"), "fact.ambiguous-percent")
one("value-wan-wrong-unit", "1.2万 for a count in 个 (万 on top of the unit is a guess)", row(ind="industry.projects", value="1.2万", unit="个"), "fact.ambiguous-multiplier")
one("value-yi-wrong-unit", "3亿 for a count in 个", row(ind="industry.projects", value="3亿", unit="个"), "fact.ambiguous-multiplier")
one("value-decimal-comma", "a decimal comma (1,5)", row(ind="transport.minutes", value='"1,5"', unit="分钟"), "fact.ambiguous-separator")
one("value-bad-grouping", "a comma that does not group by three (12,34)", row(ind="industry.projects", value='"12,34"', unit="个"), "fact.ambiguous-separator")
one("value-fullwidth-decimal-comma", "a full-width comma that is not a thousands separator (１，５)", row(ind="transport.minutes", value="１，５", unit="分钟"), "fact.ambiguous-separator")
one("value-text-in-number", "words in a number (about 60)", row(ind="transport.minutes", value="about 60", unit="分钟"), "fact.bad-value")
one("value-hex-number", "a hexadecimal number Java would read (0x1p3)", row(ind="transport.minutes", value="0x1p3", unit="分钟"), "fact.bad-value")
one("value-bad-yesno", "maybe for a yes/no indicator", row(ind="transport.bus", value="maybe", unit="是/否"), "fact.bad-value")
one("value-bad-level", "a level the indicator does not have", row(ind="public.settlement", value="全国", unit=""), "fact.bad-value")
one("value-missing", "an empty value", row(value=""), "fact.missing-value")
one("value-spreadsheet-error", "a spreadsheet error exported as text (#DIV/0!)", row(value="#DIV/0!"), "fact.spreadsheet-error")
one("value-wrong-unit", "a figure in hours for an indicator in minutes", row(ind="transport.minutes", value="1.5", unit="小时"), "fact.wrong-unit", "unit")
one("value-missing-source", "a fact without source", row(source=""), "fact.bad-source", "source")
one("value-bad-article", "a source that is not an article A00–A16 (A99)", row(source="A99"), "fact.bad-source", "source")
one("value-missing-quote", "a fact without quote", row(quote=""), "fact.missing-quote", "quote")
one("year-words", "a year in words (二〇一四)", row(year="二〇一四"), "fact.bad-year", "year")
one("year-iso-date", "a date instead of a year (2014-12-31)", row(year="2014-12-31"), "fact.bad-year", "year")
one("year-slash-date", "a date instead of a year (31/12/2014)", row(year="31/12/2014"), "fact.bad-year", "year")
one("year-month", "a year and month (2014.12)", row(year="2014.12"), "fact.bad-year", "year")
one("year-out-of-range", "a year before 1949", row(year="1900"), "fact.bad-year", "year")
one("year-two-digits", "a two-digit year (14)", row(year="14"), "fact.bad-year", "year")
case("value-duplicate", "the same fact twice",
     {"facts/x.csv": csv(row(), row())}, ["facts/x.csv:3: indicator: fact.duplicate"])
case("value-duplicate-across-files", "the same fact in a CSV and a JSON file",
     {"facts/x.csv": csv(row()),
      "facts/y.json": '[{"place": "a", "year": 2014, "indicator": "industry.share", "value": 20, "unit": "%", "source": "test", "quote": "q"}]\n'},
     ["facts/y.json:1: indicator: fact.duplicate"])
case("value-conflict", "two different values for the same place, year and indicator",
     {"facts/x.csv": csv(row(value="20"), row(value="25"))}, ["facts/x.csv:3: value: fact.conflict"])
case("value-conflict-with-fixture", "a value that conflicts with another file's",
     {"facts/x.csv": csv(row(place="c", year="2016", value="99"))}, ["facts/x.csv:2: value: fact.conflict"])
case("field-very-long-quote", "a 5,000-character quote",
     {"facts/x.csv": csv(row(quote="长" * 5000))}, ["facts/x.csv:2: quote: field.too-long"])
case("field-very-long-value", "a 10,000-digit value",
     {"facts/x.csv": csv(row(value="1" * 10000))}, ["facts/x.csv:2: value: field.too-long"])
case("all-problems-at-once", "several problems in two files are all reported",
     {"facts/x.csv": csv(row(place="x"), row(value="abc"), row(year="20x4", ind="transport.bus", value="yes", unit="是/否")),
      "facts/y.csv": csv(row(quote=""))},
     ["facts/x.csv:2: place: fact.unknown-place", "facts/x.csv:3: value: fact.bad-value",
      "facts/x.csv:4: year: fact.bad-year", "facts/y.csv:2: quote: fact.missing-quote"])

# --- headers -----------------------------------------------------------------------------------
case("ok-header-chinese", "Chinese headers, a Chinese place name and a Chinese indicator name are read as the fields and ids",
     {"facts/x.csv": "地区,年份,指标名称,数值,计量单位,来源,引文\n乙县,2014,上海项目占比,20,%,test,q\n乙,2013,上海项目占比,25,%,test,q\n"},
     [], exit_code=0)
case("header-chinese-misspelt", "a misspelt Chinese header (数直 for 数值)",
     {"facts/x.csv": "地区,年份,指标,数直,单位,来源,引文\n乙县,2014,industry.share,20,%,test,q\n"},
     ["facts/x.csv:1: 数直: file.unknown-field", "facts/x.csv:1: file.missing-fields"])
case("header-two-for-one", "two columns for one field (地区 and place)",
     {"facts/x.csv": "地区," + H + "\n乙县," + row() + "\n"}, ["facts/x.csv:1: place: file.same-field"])
one("value-place-name-misspelt", "a Chinese place name that is not a place (乙区 for 乙县)", row(place="乙区"), "fact.unknown-place", "place")
one("value-indicator-name-misspelt", "a Chinese indicator name that is not quite the name (上海项目比)", row(ind="上海项目比"), "fact.unknown-indicator", "indicator")
HK = H + ",source_kind,evidence"
case("value-statistics-without-evidence", "a statistical figure without evidence (table, page or document number)",
     {"facts/x.csv": HK + "\n" + row(source="乙县统计年鉴 2015", quote="") + ",统计资料,\n"}, ["facts/x.csv:2: evidence: fact.missing-evidence"])
case("value-bad-source-kind", "a kind of source that is none of document, statistics, department records",
     {"facts/x.csv": HK + "\n" + row(quote="") + ",听说,\n"}, ["facts/x.csv:2: source_kind: fact.bad-source-kind"])
case("ok-statistics-with-evidence", "a statistical figure with its source and evidence needs no quote",
     {"facts/x.csv": HK + "\n" + row(source="乙县统计年鉴 2015", quote="") + ",统计资料,表 3-2 第 45 页\n"}, [], exit_code=0)
case("ok-row-left-empty", "a row with neither value nor source (a form row not filled in) is no data, not an error",
     {"facts/x.csv": csv(row(value="", source="", quote=""))}, [], exit_code=0)
case("ok-two-sources-precedence", "a county's statistics and a document give different figures: the precedence table decides, the conflict is listed",
     {"rules/sources/precedence.csv": "rank,source_kind,reason\n1,statistics,统计部门口径统一\n2,document,\n",
      "facts/x.csv": HK + "\n" + row(value="20") + ",,\n" + row(value="22", source="乙县统计年鉴", quote="") + ",统计资料,表 3\n"},
     ["notice facts/x.csv:3: value: source-precedence"], exit_code=0)
case("value-two-sources-same-kind", "two documents give different figures: the precedence table cannot decide",
     {"rules/sources/precedence.csv": "rank,source_kind,reason\n1,statistics,\n2,document,\n",
      "facts/x.csv": csv(row(value="20"), row(value="22"))}, ["facts/x.csv:3: value: fact.conflict"])
# the test documents, and the articles the mini rule base's quotes stand in (synthetic too)
SRC = {"sources/articles.csv": "\ufeffid,title,publisher,date,file,lines\r\ntest,测试文件,,,t.txt,1-2\r\nB01,另一篇,,,t.txt,3-3\r\n"
                               "A05,测试 A05,,,t.txt,4-5\r\nA08,测试 A08,,,t.txt,6-7\r\nA16,测试 A16,,,t.txt,8-8\r\n",
       "sources/t.txt": "synthetic fixture\n上海项目占全部\n引进项目的 20%\n基本实现了到沪、苏、杭、绍、湖等城市的一小时交通圈\n开通了到杭州和上海的公交线路\n"
                        "合作层次低，合作项目小，合作程度散\n低、小、散\n医保\n"}
case("quote-not-in-document", "with sources/ beside rules/: a quote that is not word for word in the document it names",
     dict(SRC, **{"facts/x.csv": csv(row(quote="上海项目占全部引进项目的 20%"))}), ["facts/x.csv:2: quote: fact.quote-not-in-source"])
case("quote-unknown-document", "with sources/ beside rules/: a document the index does not list",
     dict(SRC, **{"facts/x.csv": csv(row(source="2017 年工作报告"))}), ["facts/x.csv:2: source: fact.unknown-document"])
case("ok-quote-in-document", "with sources/ beside rules/: a quote across a line break of the document, named by its title",
     dict(SRC, **{"facts/x.csv": csv(row(source="测试文件", quote="synthetic fixture 上海项目占全部"))}), [], exit_code=0)
case("sources-bad-index", "an index of sources/ that names a text that is not there",
     {"sources/articles.csv": "id,title,file\nA01,t,gone.txt\n"}, ["sources/articles.csv:2: file: sources.no-file"])
case("ok-excel-lock-file", "the lock file Excel keeps beside an open returned form (~$嘉善县-2017.xlsx) is listed as not read",
     {"facts/2017/~$嘉善县-2017.xlsx": b"\x00lock"}, ["notice facts/2017/~$嘉善县-2017.xlsx: ignored"], exit_code=0)
case("precedence-bad-kind", "a precedence table that names no kind of source",
     {"rules/sources/precedence.csv": "rank,source_kind,reason\n1,上级,\n"}, ["rules/sources/precedence.csv:2: source_kind: precedence.bad-kind"])
case("header-misspelt", "a misspelt field (valeu)",
     {"facts/x.csv": csv(row()).replace("value", "valeu", 1)},
     ["facts/x.csv:1: valeu: file.unknown-field", "facts/x.csv:1: file.missing-fields"])
case("header-extra-column", "a column that is not a fact field",
     {"facts/x.csv": H + ",comment\n" + row() + ",see A07\n"}, ["facts/x.csv:1: comment: file.unknown-field"])
case("header-missing", "a file without header row (the first fact is taken as header)",
     {"facts/x.csv": row() + "\n" + row(place="b") + "\n"},
     ["facts/x.csv:1: %s: file.unknown-field" % f for f in sorted({"a", "2014", "industry.share", "20", "%", "test", "q"})]
     + ["facts/x.csv:1: file.missing-fields"])
case("header-json-missing-field", "JSON records without value",
     {"facts/x.json": '[{"place": "a", "year": 2014, "indicator": "industry.share", "unit": "%", "source": "test", "quote": "q"}]\n'},
     ["facts/x.json:1: file.missing-fields"])
case("header-json-nested-value", "a JSON value that is an object",
     {"facts/x.json": '[{"place": "a", "year": 2014, "indicator": "industry.share", "value": {"amount": 20}, "unit": "%", "source": "test", "quote": "q"}]\n'},
     ["facts/x.json:1: value.amount: file.unknown-field", "facts/x.json:1: file.missing-fields"])

# --- malformed, truncated, empty -------------------------------------------------------------
case("csv-truncated-quote", "a CSV file cut inside a quoted field",
     {"facts/x.csv": H + "\n" + 'a,2014,industry.share,20,%,test,"q'}, ["facts/x.csv:2: file.malformed"])
case("csv-unquoted-thousands", "1,234 without quotes: one cell too many",
     {"facts/x.csv": csv(row(ind="industry.projects", value="1,234", unit="个"))}, ["facts/x.csv:2: csv.extra-cells"])
case("csv-duplicate-column", "a header that names a column twice",
     {"facts/x.csv": H + ",value\n" + row() + ",21\n"}, ["facts/x.csv:1: value: csv.duplicate-column"])
case("csv-empty", "an empty CSV file", {"facts/x.csv": b""}, ["facts/x.csv: file.empty"])
case("csv-blank", "a CSV file of blank lines", {"facts/x.csv": "\n\n  \n"}, ["facts/x.csv: file.empty"])
case("json-truncated", "a JSON file cut in the middle",
     {"facts/x.json": '[{"place": "a", "year": 2014,\n "indicator": "industry.share",\n "value": '},
     ["facts/x.json:3: file.malformed"])
case("json-malformed", "a JSON file with a missing value",
     {"facts/x.json": '[{"place": "a",\n "year": }]\n'}, ["facts/x.json:2: file.malformed"])
case("json-not-a-list", "a JSON object that holds no list", {"facts/x.json": '{"place": "a"}\n'},
     ["facts/x.json:1: file.not-a-list"])
case("json-not-records", "a JSON list of numbers", {"facts/x.json": '[1,\n 2]\n'},
     ["facts/x.json:1: file.not-a-record", "facts/x.json:2: file.not-a-record"])
case("json-deeply-nested", "JSON nested 5,000 levels deep", {"facts/x.json": "[" * 5000 + "]" * 5000},
     ["facts/x.json: file.malformed"])
case("json-empty", "an empty JSON file", {"facts/x.json": b""}, ["facts/x.json: file.empty"])
case("yaml-malformed", "YAML with broken indentation",
     {"facts/x.yaml": "facts:\n  - place: a\n   year: 2014\n"}, ["facts/x.yaml:3: file.malformed"])
case("yaml-scalar", "a YAML file that is one line of text", {"facts/x.yaml": "just some text\n"},
     ["facts/x.yaml:1: file.not-a-list"])
bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
for i, n in enumerate("bcdefghi"):
    prev = "abcdefghi"[i]
    bomb += "%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n" % (n, n, prev, prev, prev, prev, prev, prev, prev, prev, prev)
case("yaml-alias-bomb", "a YAML alias bomb (billion laughs)", {"facts/x.yaml": "facts: [*i]\n" + bomb},
     ["facts/x.yaml:1: yaml.alias"])
case("yaml-alias-value", "a YAML alias as a value (Jackson would read the alias name)",
     {"facts/x.yaml": "facts:\n  - {place: a, year: 2014, indicator: industry.share, value: &v 20, unit: '%', source: test, quote: q}\n"
                      "  - {place: b, year: 2014, indicator: industry.share, value: *v, unit: '%', source: test, quote: q}\n"},
     ["facts/x.yaml:3: yaml.alias"])
case("yaml-deeply-nested", "YAML nested 10,000 levels deep", {"facts/x.yaml": "facts: " + "[" * 10000 + "]" * 10000 + "\n"},
     ["facts/x.yaml: file.malformed"])
# --- guessed values (issue 16): duplicate keys, YAML 1.1 readings, more than one list -----------
def yrec(**kw):
    f = dict(place="a", year="2014", indicator="industry.share", value="20", unit="'%'", source="test", quote="q")
    f.update(kw)
    return "facts:\n  - " + "\n    ".join("%s: %s" % (k, v) for k, v in f.items()) + "\n"


def yaml_one(name, what, field, written, line, **kw):
    case(name, what, {"facts/x.yaml": yrec(**dict(kw, **{field: written}))},
         ["facts/x.yaml:%d: %s: yaml.ambiguous" % (line, field)])


yaml_one("yaml-hex", "a YAML hex number (0x14, which YAML reads as 20)", "value", "0x14", 5)
yaml_one("yaml-octal", "a YAML number with a leading zero (024, which YAML reads as octal 20)", "value", "024", 5)
yaml_one("yaml-underscore", "a YAML number with _ separators (1_000)", "value", "1_000", 5, indicator="industry.projects", unit="个")
yaml_one("yaml-sexagesimal", "a YAML base-60 number (1:30, which YAML reads as 90)", "value", "1:30", 5, indicator="transport.minutes", unit="分钟")
yaml_one("yaml-infinity", "a YAML infinity (.inf)", "value", ".inf", 5, indicator="transport.minutes", unit="分钟")
yaml_one("yaml-on", "on for a yes/no indicator (YAML reads it as yes)", "value", "on", 5, indicator="transport.bus", unit="是/否")
yaml_one("yaml-off-in-note", "off in a text field (YAML reads it as no)", "note", "off", 9)
yaml_one("yaml-octal-year", "a year with a leading zero (02014, octal to YAML)", "year", "02014", 3)
case("yaml-duplicate-key", "a YAML record that gives value twice (YAML keeps the last)",
     {"facts/x.yaml": yrec() .replace("    unit:", "    value: 30\n    unit:")}, ["facts/x.yaml:6: value: file.duplicate-key"])
case("json-duplicate-key", "a JSON record that gives value twice (JSON readers keep the last)",
     {"facts/x.json": '[{"place": "a", "year": 2014, "indicator": "industry.share",\n  "value": 20, "value": 30, "unit": "%", "source": "test", "quote": "q"}]\n'},
     ["facts/x.json:2: value: file.duplicate-key"])
case("json-duplicate-key-case", "a JSON record with Value and value",
     {"facts/x.json": '[{"place": "a", "year": 2014, "indicator": "industry.share", "Value": 20, "value": 30, "unit": "%", "source": "test", "quote": "q"}]\n'},
     ["facts/x.json:1: value: file.duplicate-key"])
case("json-second-list", "a JSON file with a second list of records (it would be dropped)",
     {"facts/x.json": '{"facts": [{"place": "a", "year": 2014, "indicator": "industry.share", "value": 20, "unit": "%", "source": "test", "quote": "q"}],\n "more": [{"place": "b"}]}\n'},
     ["facts/x.json:2: file.extra-content"])
case("json-two-lists", "a JSON file of two lists one after the other",
     {"facts/x.json": '[{"place": "a", "year": 2014, "indicator": "industry.share", "value": 20, "unit": "%", "source": "test", "quote": "q"}]\n[{"place": "b"}]\n'},
     ["facts/x.json:2: file.extra-content"])
case("yaml-second-list", "a YAML file with a second list of records",
     {"facts/x.yaml": yrec() + "more:\n  - place: b\n"}, ["facts/x.yaml:9: file.extra-content"])
case("yaml-two-documents", "a YAML file of two documents (--- between them)",
     {"facts/x.yaml": yrec() + "---\n" + yrec()}, ["facts/x.yaml:10: file.extra-content"])

case("yaml-huge", "a 25 MB YAML file", {}, ["facts/x.yaml: file.too-large"], setup=["big facts/x.yaml 25000000"])
case("file-too-large", "a 25 MB fact file", {}, ["facts/x.csv: file.too-large"], setup=["sparse facts/x.csv 25000000"])

# --- encodings and junk ----------------------------------------------------------------------
case("encoding-gbk", "a GBK file with an unknown place (read, then located)",
     {"facts/x.csv": csv(row(place="乙县")).encode("gbk")}, ["facts/x.csv:2: place: fact.unknown-place"])
case("encoding-utf8-bom", "UTF-8 with BOM and a bad value",
     {"facts/x.csv": b"\xef\xbb\xbf" + csv(row(value="二十")).encode("utf-8")}, ["facts/x.csv:2: value: fact.bad-value"])
case("encoding-utf16-bom", "UTF-16 with BOM and a bad year",
     {"facts/x.csv": csv(row(year="今年")).encode("utf-16")}, ["facts/x.csv:2: year: fact.bad-year"])
case("encoding-utf16-no-bom", "UTF-16 without BOM", {"facts/x.csv": csv(row()).encode("utf-16-le")},
     ["facts/x.csv:1: file.binary"])
case("encoding-named-wrong", "a GBK file read with --encoding UTF-8",
     {"facts/x.csv": csv(row(quote="上海")).encode("gbk")}, ["facts/x.csv: file.encoding"], args="--encoding UTF-8")
case("junk-png", "a PNG image saved as .csv", {"facts/x.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"},
     ["facts/x.csv:2: file.binary"])
case("junk-gzip", "a gzip archive saved as .json", {"facts/x.json": gzip.compress(b"[1,2,3]" * 50, mtime=0)},
     ["facts/x.json:1: file.binary"])
case("junk-bytes", "bytes that are no encoding", {"facts/x.yaml": bytes([0xFF, 0xFF, 0xC0, 0x80, 0xF5, 0x90] * 8)},
     ["facts/x.yaml: file.encoding"])

# --- files and folders -----------------------------------------------------------------------
case("file-is-directory", "a folder named like a fact file", {}, ["facts/x.csv: file.is-directory"], setup=["mkdir facts/x.csv"])
case("places-is-directory", "places.yaml is a folder", {}, ["facts/places.yaml: file.is-directory"],
     setup=["delete facts/places.yaml", "mkdir facts/places.yaml"])
case("file-unreadable", "a link to a file that is gone", {}, ["facts/gone.csv: file.unreadable"], setup=["symlink facts/gone.csv"])
case("link-fact-outside", "a fact file that is a link to a file outside facts/ (it would be read)", {},
     ["facts/x.csv: file.outside-tree"], setup=["link facts/x.csv ../rules/catalogue/method.csv"])
case("link-folder-outside", "a folder in facts/ that is a link to a folder outside it", {},
     ["facts/more: file.outside-tree"], setup=["link facts/more ../rules"])
case("link-rule-outside", "a rule file that is a link to a file outside rules/", {},
     ["rules/recommendations/x.drl: file.outside-tree"], setup=["link rules/recommendations/x.drl ../../facts/places.yaml"])
case("link-rules-folder-outside", "a folder in rules/ that is a link to a folder outside it", {},
     ["rules/more: file.outside-tree"], setup=["link rules/more ../facts"])
case("file-pipe", "a named pipe named like a fact file (reading it would hang)", {}, ["facts/pipe.csv: file.not-regular"],
     setup=["fifo facts/pipe.csv"])
case("folder-no-facts", "the facts folder is missing", {}, ["facts: facts.no-folder"], setup=["delete facts"])
case("folder-no-rules", "the rules folder is missing", {}, ["rules: rules.no-folder"], setup=["delete rules"])
case("folder-empty-rules", "the rules folder holds no rule files", {}, ["rules: rules.none"],
     setup=["delete rules", "mkdir rules"])
case("places-missing", "no places file", {}, ["facts: facts.places-file"], setup=["delete facts/places.yaml"])
case("places-two", "two places files", {"facts/places.json": "[]\n"}, ["facts: facts.places-file"])
case("places-empty-list", "a places file without places", {"facts/places.yaml": "places: []\n"},
     ["facts/places.yaml: facts.no-places"])
case("places-duplicate", "a place id given twice",
     {"facts/places.yaml": "places:\n  - {id: c, zh: 甲市, kind: city}\n  - {id: a, zh: 乙县, kind: county, parent: c}\n"
                           "  - {id: a, zh: 乙县, kind: county, parent: c}\n  - {id: b, zh: 丙县, kind: county, parent: c}\n"
                           "  - {id: d, zh: 丁区, kind: district, parent: c}\n  - {id: p, zh: 戊市, kind: county, peer: true}\n"},
     ["facts/places.yaml:4: id: place.duplicate"])
case("places-bad-kind", "a place of an unknown kind",
     {"facts/places.yaml": open("src/test/resources/mini/facts/places.yaml", encoding="utf-8").read()
         .replace("kind: district", "kind: town")}, ["facts/places.yaml:5: kind: place.bad-kind"])
case("places-unknown-parent", "a place whose parent is not listed",
     {"facts/places.yaml": open("src/test/resources/mini/facts/places.yaml", encoding="utf-8").read()
         .replace("kind: district, parent: c", "kind: district, parent: jiaxing")}, ["facts/places.yaml:5: parent: place.unknown-parent"])
case("xls-old-format", "an old Excel .xls file", {"facts/x.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504},
     ["facts/x.xls: file.xls"])


# --- XLSX ---------------------------------------------------------------------------------------
def col(i):
    return chr(ord("A") + i)


def xlsx(rows, merged=(), truncate=False):
    """A minimal workbook: cells are str (inline string), int/float (number), ('e', '#DIV/0!'), ('d', serial),
    ('p', 0.35) (a number in the percent format 0%), ('q', 35) (in the format 0.0"%", a sign, not a percentage),
    ('f', '20+5', 25) (a formula with its cached result) or ('f', '20+5') (a formula never calculated)."""
    cells = []
    for r, values in enumerate(rows, 1):
        cs = []
        for c, v in enumerate(values):
            ref = "%s%d" % (col(c), r)
            if v is None:
                continue
            if isinstance(v, tuple) and v[0] == "e":
                cs.append('<c r="%s" t="e"><v>%s</v></c>' % (ref, v[1]))
            elif isinstance(v, tuple) and v[0] == "d":
                cs.append('<c r="%s" s="1"><v>%s</v></c>' % (ref, v[1]))
            elif isinstance(v, tuple) and v[0] in ("p", "q"):
                cs.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, 2 if v[0] == "p" else 3, v[1]))
            elif isinstance(v, tuple) and v[0] == "f":
                cs.append('<c r="%s"><f>%s</f>%s</c>' % (ref, v[1], "<v>%s</v>" % v[2] if len(v) > 2 else ""))
            elif isinstance(v, (int, float)):
                cs.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cs.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v))
        cells.append('<row r="%d">%s</row>' % (r, "".join(cs)))
    merge = ""
    if merged:
        merge = '<mergeCells count="%d">%s</mergeCells>' % (len(merged), "".join('<mergeCell ref="%s"/>' % m for m in merged))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData>%s</worksheet>'
             % ("".join(cells), merge))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="事实" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;"/></numFmts>'
            '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="9" applyNumberFormat="1"/>'
            '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            z.writestr(info, content)
    data = buf.getvalue()
    return data[: len(data) // 2] if truncate else data


HX = H.split(",")
case("xlsx-merged-cells", "an Excel sheet with merged cells (one place for two rows)",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", 20, "%", "test", "q"], [None, 2014, "transport.minutes", 60, "分钟", "test", "q"]],
                           merged=["A2:A3"])}, ["facts/x.xlsx:2: 事实!A2:A3: xlsx.merged-cells"])
case("xlsx-bad-value", "an Excel cell with a bad yes/no value",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "transport.bus", "maybe", "是/否", "test", "q"]])}, ["facts/x.xlsx:2: 事实!D2: fact.bad-value"])
case("xlsx-error-cell", "an Excel formula error (#DIV/0!)",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", ("e", "#DIV/0!"), "%", "test", "q"]])}, ["facts/x.xlsx:2: 事实!D2: xlsx.error-cell"])
case("xlsx-date-as-year", "a date cell in the year column",
     {"facts/x.xlsx": xlsx([HX, ["a", ("d", 42004), "industry.share", 20, "%", "test", "q"]])}, ["facts/x.xlsx:2: 事实!B2: fact.bad-year"])
case("xlsx-two-columns-for-place", "an Excel sheet with two columns for the place (地区 and place)",
     {"facts/x.xlsx": xlsx([["地区", "place", "year", "indicator"], ["乙县", "a", 2014, "industry.share"]])},
     ["facts/x.xlsx:1: place: file.same-field"])
case("ok-xlsx-percent-cell", "an Excel cell showing 35 % (stored 0.35) for a share in % is read as 35",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", ("p", 0.35), "%", "test", "q"]])},
     ["notice facts/x.xlsx:2: 事实!D2: normalised"], exit_code=0)
case("xlsx-percent-cell-over-100", "an Excel cell showing 120 % for a share (the percentage shown is checked)",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", ("p", 1.2), "%", "test", "q"]])}, ["facts/x.xlsx:2: 事实!D2: fact.out-of-range"])
case("xlsx-percent-cell-wrong-unit", "an Excel cell in a percent format for minutes",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "transport.minutes", ("p", 0.35), "分钟", "test", "q"]])},
     ["facts/x.xlsx:2: 事实!D2: fact.ambiguous-percent"])
case("xlsx-percent-sign-format", 'a format that only adds a sign (0.0"%"): 120 shown as 120.0% is 120, over 100',
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", ("q", 120), "%", "test", "q"]])}, ["facts/x.xlsx:2: 事实!D2: fact.out-of-range"])
case("xlsx-formula-cached", "a formula gives its cached result (=100+20 saved as 120, over 100)",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", ("f", "100+20", 120), "%", "test", "q"]])}, ["facts/x.xlsx:2: 事实!D2: fact.out-of-range"])
case("xlsx-formula-uncalculated", "a formula that was never calculated (POI would read 0)",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", ("f", "10+20"), "%", "test", "q"]])}, ["facts/x.xlsx:2: 事实!D2: xlsx.uncalculated"])
case("ok-xlsx-text-number", "a number typed as text (35%, as Excel keeps it after a paste) is read like CSV text",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", "35%", "%", "test", "q"]])},
     ["notice facts/x.xlsx:2: 事实!D2: normalised"], exit_code=0)
case("xlsx-date-as-value", "a date cell as the value of a count (facts are annual figures)",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.projects", ("d", 42004), "个", "test", "q"]])}, ["facts/x.xlsx:2: 事实!D2: fact.bad-value"])
case("xlsx-truncated", "an Excel file cut in half",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", 20, "%", "test", "q"]], truncate=True)}, ["facts/x.xlsx: file.malformed"])
case("xlsx-cell-outside-columns", "a value in a column with no header (it would be lost): the row is refused, as in CSV",
     {"facts/x.xlsx": xlsx([HX, ["a", 2014, "industry.share", 20, "%", "test", "synthetic fixture", None, "忘了的备注"]])},
     ["facts/x.xlsx:2: 事实!I2: csv.extra-cells"])
case("xlsx-junk", "text saved as .xlsx", {"facts/x.xlsx": csv(row())}, ["facts/x.xlsx: file.malformed"])
case("xlsx-empty", "an empty .xlsx file", {"facts/x.xlsx": b""}, ["facts/x.xlsx: file.malformed"])

# --- rules ------------------------------------------------------------------------------------
MINI = "src/test/resources/mini/rules/"
# a hand-written recommendation file, overlaid beside the mini base's tables (its rule ids are its own)
r_drl = """package test.recommendations;

import cn.tongcheng.engine.IndicatorScore;

global cn.tongcheng.engine.ScoreCard card;

rule "R-DRL-BUS"
    @zh("开通通沪公交。") @en("Open a bus line to Shanghai.") @source("A05") @quote("开通了到杭州和上海的公交线路")
when
    $s : IndicatorScore(indicator == "transport.bus", gap || noData)
then
    card.recommend(drools, $s);
end

rule "R-DRL-SHARE"
    @zh("提高上海项目占比。") @en("Raise the share of projects from Shanghai.") @source("A08") @quote("合作层次低，合作项目小，合作程度散")
when
    $s : IndicatorScore(indicator == "industry.share", gap)
then
    card.recommend(drools, $s);
end

rule "R-DRL-SET"
    @zh("推进医保实时结算。") @en("Introduce real-time medical settlement.") @source("A16") @quote("医保")
when
    $s : IndicatorScore(indicator == "public.settlement", gap)
then
    card.recommend(drools, $s);
end
"""
targets = open(MINI + "criteria/targets.csv", encoding="utf-8-sig").read()
recs = open(MINI + "recommendations/r.csv", encoding="utf-8-sig").read()
inds = open(MINI + "catalogue/indicators.csv", encoding="utf-8-sig").read()
CRIT = "rules/criteria/targets.csv"
case("rules-drl-truncated", "a rule file cut in the middle of a rule",
     {"rules/recommendations/r.drl": r_drl[: r_drl.index("card.recommend")]}, ["rules/recommendations/r.drl:12: rules.compile"])
case("rules-drl-junk", "binary junk saved as .drl", {"rules/recommendations/r.drl": bytes(range(256))},
     ["rules/recommendations/r.drl: file.encoding"])
case("rules-drl-utf16", "a rule file in UTF-16 without byte-order mark",
     {"rules/recommendations/r.drl": r_drl.encode("utf-16-le")}, ["rules/recommendations/r.drl: file.encoding"])
case("rules-drl-nul", "a rule file with a NUL byte on line 3",
     {"rules/recommendations/r.drl": r_drl.replace("\n", "\n\x00", 2).replace("\x00", "", 1)},
     ["rules/recommendations/r.drl:3: file.binary"])
case("rules-table-empty", "an empty criteria table", {CRIT: b""}, [CRIT + ": file.empty"])
case("rules-table-xlsx-junk", "text saved as an .xlsx table", {"rules/criteria/more.xlsx": "not a workbook\n"},
     ["rules/criteria/more.xlsx: file.malformed"])
case("rules-table-bad-year", "a year cell that is not four digits (二〇一七; 2017年 and ２０１７ are read as 2017)",
     {CRIT: targets.replace("C-SET,,2016,", "C-SET,,二〇一七,")}, [CRIT + ":6:C: from_year: criteria.bad-year"])
case("rules-table-reversed-years", "from_year after to_year",
     {CRIT: targets.replace("C-SET,,2016,", "C-SET,,2016,2010")}, [CRIT + ":6:D: to_year: criteria.reversed-years"])
case("rules-table-dead-row-bad-cells", "a row no place uses, with target maybe and weight -3: refused all the same",
     {CRIT: targets + "C-DEAD,borders=nowhere,1990,1991,industry.projects,maybe,-3,policy-choice,,,test,\r\n"},
     [CRIT + ":7:F: target: criteria.bad-target", CRIT + ":7:G: weight: criteria.bad-weight"])
case("rules-table-applies-to-typo", "applies_to conty/district: no place is conty (did you mean county?)",
     {CRIT: targets.replace("C-BUS,county/district", "C-BUS,conty/district")}, [CRIT + ":2: applies_to: criteria.unknown-place"])
case("rules-table-applies-to-bad-word", "applies_to with a word that is neither kind, place nor attribute (a quote)",
     {CRIT: targets.replace("C-BUS,county/district", "C-BUS,\"county/\"\"x\"")}, [CRIT + ":2:B: applies_to: criteria.bad-applies-to"])
case("rules-table-unknown-place", "applies_to names a place the facts do not have",
     {CRIT: targets.replace("C-PROJ,city", "C-PROJ,jiaxin")}, [CRIT + ":5: applies_to: criteria.unknown-place"])
case("ok-rules-table-full-width-separator", "applies_to 县／区 with a full-width slash is read as county or district",
     {CRIT: targets.replace("C-BUS,county/district", "C-BUS,县／区")}, [], exit_code=0)
case("rules-table-unknown-indicator", "a criteria row naming an indicator the catalogue lacks",
     {CRIT: targets.replace("transport.minutes", "transport.minute")}, [CRIT + ":3:E: indicator: criteria.unknown-indicator"])
case("rules-table-target-type", "a yes/no target that is not yes or no",
     {CRIT: targets.replace("transport.bus,yes", "transport.bus,maybe")}, [CRIT + ":2:F: target: criteria.bad-target"])
case("rules-table-target-range", "a percentage target above 100",
     {CRIT: targets.replace("industry.share,40", "industry.share,140")}, [CRIT + ":4:F: target: criteria.target-out-of-range"])
case("rules-table-overlap", "two rows that set one indicator for the same place and year",
     {CRIT: targets + "C-BUS-2,county,,,transport.bus,yes,1,policy-choice,,,test,\r\n"}, [CRIT + ":7: applies_to: criteria.rows-overlap"])
case("rules-table-sourced-without-quote", "a sourced row without its quote",
     {CRIT: targets.replace("sourced,A05,基本实现了到沪、苏、杭、绍、湖等城市的一小时交通圈", "sourced,A05,")}, [CRIT + ":3:J: quote: criteria.unsourced"])
case("rules-table-unknown-reason", "a policy choice whose reason is not in the reasons table",
     {CRIT: targets.replace("industry.share,40,3,policy-choice,,,test", "industry.share,40,3,policy-choice,,,tset")},
     [CRIT + ":4:K: reason: criteria.unknown-reason"])
case("rules-table-bad-basis", "a basis that is neither sourced nor policy-choice",
     {CRIT: targets.replace("industry.projects,100,1,policy-choice", "industry.projects,100,1,policy")}, [CRIT + ":5:H: basis: criteria.bad-basis"])
case("rules-table-unknown-column", "a header cell that names no column of the table (目标值)",
     {CRIT: targets.replace("target,", "目标值,", 1)}, [CRIT + ":1:F: 目标值: rules.unknown-column"])
case("rules-table-code-in-id", "an id cell that tries to end the rule name and run code",
     {"rules/recommendations/r.csv": recs.replace("R-SHARE,", '"R-X"") then System.exit(3); end rule (""y",')},
     ["rules/recommendations/r.csv:3:A: id: rules.bad-id"])
case("rules-table-bad-when", "a recommendation whose when is not one of the four",
     {"rules/recommendations/r.csv": recs.replace("R-SHARE,gap,", "R-SHARE,sometimes,")}, ["rules/recommendations/r.csv:3:B: when: advice.bad-when"])
case("rules-table-duplicate-id", "two recommendation rows with one id",
     {"rules/recommendations/r.csv": recs.replace("R-SET,", "R-SHARE,")}, ["rules/recommendations/r.csv:4:A: id: catalogue.duplicate"])
case("rules-table-bad-indicator-type", "an indicator whose type is not number, yesno or level",
     {"rules/catalogue/indicators.csv": inds.replace(",number,", ",numbr,", 1)}, ["rules/catalogue/indicators.csv:3:E: type: catalogue.bad-type"])
case("rules-table-clash", "the same table as CSV and as XLSX", {"rules/criteria/targets.xlsx": b"PK\x03\x04junk"},
     ["rules/criteria/targets.xlsx: rules.table-clash"])
case("rules-old-decision-table", "a Drools decision table left from an older rule base",
     {"rules/criteria/old.drl.csv": "RuleSet,x\nRuleTable T\nNAME,CONDITION\n"}, ["rules/criteria/old.drl.csv: rules.decision-table"])
case("ok-rules-lock-file", "an Excel lock file beside a table is not read",
     {"rules/criteria/~$targets.xlsx": b"\x00\x01lock", "rules/criteria/.~lock.targets.csv#": "lock"}, [], exit_code=0)
case("rules-unknown-table", "a table whose name and folder say no table", {"rules/extra/stuff.csv": "a,b\n1,2\n"},
     ["rules/extra/stuff.csv: rules.unknown-table"])
case("rules-forbidden-exit", "a rule that exits the JVM",
     {"rules/recommendations/r.drl": r_drl.replace("card.recommend(drools, $s);", "System.exit(0);", 1)},
     ["rules/recommendations/r.drl:12: rules.forbidden"])
# --- accepted and normalised ------------------------------------------------------------------
def ok(name, what, r, field="value"):
    case(name, what, {"facts/x.csv": csv(r)}, ["notice facts/x.csv:2: %s: normalised" % field], exit_code=0)


ok("ok-fullwidth-digits", "full-width digits (１２０) are read as 120", row(ind="transport.minutes", value="１２０", unit="分钟"))
ok("ok-thousands", "1,234 (quoted) is read as 1234", row(ind="industry.projects", value='"1,234"', unit="个"))
ok("ok-fullwidth-thousands", "１，２３４ is read as 1234", row(ind="industry.projects", value="１，２３４", unit="个"))
ok("ok-percent", "35% for a share in % is read as 35", row(value="35%"))
ok("ok-unit-in-value", "60分钟 for minutes is read as 60", row(ind="transport.minutes", value="60分钟", unit="分钟"))
ok("ok-year-with-nian", "2014年 is read as 2014", row(year="2014年"), field="year")
case("ok-ignored-file", "a file of another type is listed as not read",
     {"facts/notes.txt": "not facts\n"}, ["notice facts/notes.txt: ignored"], exit_code=0)


# --- method choices in the rule tables ---------------------------------------------------------
case('rules-dimension-bad-parent', 'a dimension whose parent is no dimension, and one whose aggregation is not a choice',
     {'rules/catalogue/dimensions.csv': '\ufeffid,zh,en,weight,headings,source,quote,parent,aggregation\ntransport,交通基础设施,Transport,1,,,,transprt,\nindustry,产业合作,Industry,1,,,,,median\npublic,公共服务,Public services,2,,,,,\n'},
     ['rules/catalogue/dimensions.csv:2:H: parent: catalogue.unknown-dimension', 'rules/catalogue/dimensions.csv:3:I: aggregation: method.bad-choice'])
case('rules-method-bad-choices', 'method choices that are not choices: a misspelt normalisation, a winmax that is not a number, a level that is no number, a tie rule that is none',
     {'rules/catalogue/method.csv': '\ufeffparameter,value,basis,note\r\nband.met,1,policy-choice,reaching the target in full counts as met\r\nband.partly_met,0.6,policy-choice,three fifths of the target or more counts as partly met\r\ncoverage.min,0.2,policy-choice,a dimension or index with less than a fifth of its weight in data is not comparable and is shown as insufficient data\r\ntrend.steady,1,policy-choice,"a change since the previous year of less than one point (index or score) or less than one rank shows as steady (→); a larger rise as ↑, a larger fall as ↓"\r\nsensitivity.spread,0.5,policy-choice,"the sensitivity analysis multiplies every dimension and criterion weight by a factor drawn from 0.5 to 1.5, a wide but not absurd disagreement about weights"\r\nnormalisation,minmax,policy-choice,\ntreatment,winsorise,policy-choice,\ntreatment.winmax,five,policy-choice,\naggregation.level.x,geometric,policy-choice,\nranking.ties,first,policy-choice,\n'},
     ['rules/catalogue/method.csv:7:B: value: method.bad-choice', 'rules/catalogue/method.csv:9:B: value: method.bad-value', 'rules/catalogue/method.csv:10:A: parameter: method.bad-level', 'rules/catalogue/method.csv:11:B: value: method.bad-choice'])
case('rules-table-empty-target', 'a criterion without a target although its indicator is scored by ratio to target',
     {'rules/criteria/targets.csv': '\ufeffid,applies_to,from_year,to_year,indicator,target,weight,basis,source,quote,reason,reason_detail\nC-BUS,county/district,,,transport.bus,yes,1,policy-choice,,,test,\nC-MIN,,,,transport.minutes,,1,sourced,A05,基本实现了到沪、苏、杭、绍、湖等城市的一小时交通圈,,\nC-SHARE,,,,industry.share,40,3,policy-choice,,,test,\nC-PROJ,city,,,industry.projects,100,1,policy-choice,,,test,\nC-SET,,2016,,public.settlement,全面,1,policy-choice,,,test,\n'},
     ['rules/criteria/targets.csv:3:F: target: criteria.bad-target'])
case('rules-unknown-denominator', 'a denominator that is neither an indicator nor an attribute of any place',
     {'rules/catalogue/indicators.csv': '\ufeffid,zh,en,dimension,type,unit,direction,levels,min,max,source,quote,note,denominator\ntransport.bus,通沪公交,Bus to Shanghai,transport,yesno,是/否,higher,,,,,,,\ntransport.minutes,到上海时间,Minutes to Shanghai,transport,number,分钟,lower,,,,,,,population\nindustry.share,上海项目占比,Share of projects from Shanghai,industry,number,%,higher,,,,,,,\nindustry.projects,上海项目数,Projects from Shanghai,industry,number,个,higher,,,,,,,\npublic.settlement,医保结算,Medical settlement,public,level,,higher,无|试点|全面,,,,,,\n'},
     ['rules/catalogue/indicators.csv:3: denominator: method.definition'])

# --- the annual assessment's conventions (issue 13): rules/grading/ beside the mini base -------------
G = "rules/grading/"
grading_tables = {
    G + "grading.csv": "parameter,value,basis,source,quote,reason,reason_detail,note\n"
                       "base,index,policy-choice,,,test,,\nbonus.cap,3,policy-choice,,,test,,\n"
                       "quota.rounding,floor,policy-choice,,,test,,\nquota.ties,demote-all,policy-choice,,,test,,\n",
    G + "grades.csv": "id,zh,en,min,quota,basis,source,quote,reason,reason_detail,note\n"
                      "excellent,优秀,Excellent,90,30%,policy-choice,,,test,,\ngood,良好,Good,75,,policy-choice,,,test,,\n"
                      "pass,合格,Pass,60,,policy-choice,,,test,,\nfail,不合格,Fail,,,policy-choice,,,test,,\n",
    G + "bonus.csv": "id,zh,en,applies_to,from_year,to_year,indicator,when,points,basis,source,quote,reason,reason_detail\n"
                     "B-SHARE,上海项目占比达三成,,,,,industry.share,≥ 30,2,policy-choice,,,test,\n",
    G + "vetoes.csv": "id,zh,en,applies_to,from_year,to_year,indicator,when,grade,basis,source,quote,reason,reason_detail\n"
                      "V-BUS,未开通通沪公交,,county/district,,,transport.bus,= no,合格,policy-choice,,,test,\n",
}


def grading(name, what, table, old, new, expected, exit_code=2):
    files = dict(grading_tables)
    if table is not None:
        assert old in files[G + table], old
        files[G + table] = files[G + table].replace(old, new)
    case(name, what, files, expected, exit_code=exit_code)


grading("ok-grading-tables", "grades with a quota, a capped bonus and a veto, all in order", None, "", "", [], exit_code=0)
grading("grading-quota-over-100", "a grade's quota over 100 % of the units", "grades.csv", "90,30%", "90,120%",
        [G + "grades.csv:2:E: quota: grading.quota-out-of-range"])
grading("grading-quota-fraction", "a quota written 0.3: thirty per cent or 0.3 %? refused as ambiguous", "grades.csv", "90,30%", "90,0.3",
        [G + "grades.csv:2:E: quota: grading.quota-fraction"])
grading("grading-thresholds-out-of-order", "a grade whose lowest score is not below the one above it", "grades.csv",
        "good,良好,Good,75", "good,良好,Good,95", [G + "grades.csv:3:D: min: grading.grades-out-of-order"])
grading("grading-lowest-with-min", "the lowest grade with a threshold: scores below it would have no grade", "grades.csv",
        "fail,不合格,Fail,,", "fail,不合格,Fail,30,", [G + "grades.csv:5:D: min: grading.lowest-min"])
grading("grading-unknown-indicator", "a bonus item on an indicator the catalogue lacks", "bonus.csv", "industry.share", "industry.shares",
        [G + "bonus.csv:2:G: indicator: criteria.unknown-indicator"])
grading("grading-bad-condition", "a condition that is no value of the indicator (三成 for a percentage)", "bonus.csv", "≥ 30", "≥ 三成",
        [G + "bonus.csv:2:H: when: grading.bad-when"])
grading("grading-bad-points", "bonus points that are not a positive number", "bonus.csv", ",2,policy", ",-2,policy",
        [G + "bonus.csv:2:I: points: grading.bad-points"])
grading("grading-veto-unknown-grade", "a veto capping the grade at a grade the grades table lacks", "vetoes.csv", ",合格,", ",及格,",
        [G + "vetoes.csv:2:I: grade: grading.unknown-grade"])
grading("grading-unknown-place", "a veto for a place the facts do not have (a slip of county: did you mean county?)", "vetoes.csv",
        ",county/district,", ",conty/district,", [G + "vetoes.csv:2: applies_to: criteria.unknown-place"])
grading("grading-no-bonus-cap", "bonus items without the cap the grading table must state", "grading.csv",
        "bonus.cap,3,policy-choice,,,test,,\n", "", [G + "grading.csv: parameter: grading.missing-parameter"])
grading("grading-unknown-tie-rule", "a tie rule that is none of keep-all, demote-all, base-score", "grading.csv",
        "quota.ties,demote-all", "quota.ties,lottery", [G + "grading.csv:5:B: value: grading.bad-choice"])
grading("grading-duplicate-grade-name", "two grades named 优秀: a veto at 优秀 would be a guess, a unit would move from 优秀 down to 优秀",
        "grades.csv", "good,良好,Good,75", "good,优秀,Good,75", [G + "grades.csv:3:B: zh: grading.duplicate-grade-name"])
grading("grading-duplicate-grade-en", "two grades with one English name", "grades.csv", "good,良好,Good,75", "good,良好,Excellent,75",
        [G + "grades.csv:3:C: en: grading.duplicate-grade-name"])
grading("grading-duplicate-grade-id", "two grades with one id", "grades.csv", "good,良好,Good,75", "excellent,良好,Good,75",
        [G + "grades.csv:3:A: id: catalogue.duplicate"])
grading("grading-negative-min", "a grade from -5 (合格 ≥ -5): every score reaches it, 不合格 could never be given", "grades.csv",
        "pass,合格,Pass,60", "pass,合格,Pass,-5", [G + "grades.csv:4:D: min: grading.min-not-positive"])
grading("grading-min-at-floor", "score.floor 60 and 合格 from 60: no unit can score below it, so none is 不合格", "grading.csv",
        "bonus.cap,3,policy-choice,,,test,,\n", "bonus.cap,3,policy-choice,,,test,,\nscore.floor,60,policy-choice,,,test,,\n",
        [G + "grades.csv:4:D: min: grading.min-at-floor"])
case("grading-no-grades-table", "a veto capping the grade while the rule base has no grades table (grades.csv)",
     {k: v for k, v in grading_tables.items() if k != G + "grades.csv"}, [G + "vetoes.csv:2:I: grade: grading.no-grades-table"])
grading("grading-empty-grades-table", "a veto capping the grade while the grades table lists no grade", "grades.csv",
        grading_tables[G + "grades.csv"].split("\n", 1)[1], "", [G + "vetoes.csv:2:I: grade: grading.empty-grades-table"])

print(len(cases), "cases;", sum(1 for c in cases if not c.startswith("ok-")), "rejected")


# --- docs/bad-input.md ------------------------------------------------------------------------------
def messages():
    out = {}
    for line in open("src/main/resources/i18n/messages.properties", encoding="utf-8"):
        if line.startswith("problem.") and " = " in line:
            k, v = line.rstrip("\n").split(" = ", 1)
            out[k[len("problem."):]] = v.replace("''", "'")
    return out


def doc():
    msgs = messages()
    rows = []
    for name in sorted(cases):
        lines = open(os.path.join(ROOT, name, "expected.txt"), encoding="utf-8").read().splitlines()
        what = lines[0][2:]
        setup = "; ".join(l[7:] for l in lines if l.startswith("setup: "))
        args = " ".join(l[6:] for l in lines if l.startswith("args: "))
        exit_code = next(l[6:] for l in lines if l.startswith("exit: "))
        expected = [l for l in lines if not l.startswith(("# ", "setup: ", "args: ", "exit: "))]
        shown = []
        for e in expected:
            e = e[len("notice "):] if e.startswith("notice ") else e
            code = e.rsplit(": ", 1)[1]
            template = msgs.get(code, "notice" if code in ("normalised", "ignored") else "")
            shown.append("`%s` — %s" % (e, template.replace("|", "\\|")))
        extra = ", ".join(x for x in (("setup: " + setup) if setup else "", ("options: " + args) if args else "") if x)
        rows.append("| `%s` | %s%s | %s | %s |" % (name, what.replace("|", "\\|"), (" (" + extra + ")") if extra else "",
                                                 exit_code, "<br>".join(shown)))
    text = """# Bad-input corpus

Each case under `src/test/resources/bad/<case>/` overlays the small test fixtures
(`src/test/resources/mini/{rules,facts}`) with its files; `BadInputCorpusTest` runs `tongcheng assess`
on it and checks the exit code, that every problem listed below is reported at exactly that
location (file, line or row, field or cell) with exactly that code, that nothing else is reported,
that no stack trace is printed, and that nothing is written to `--out`. Cases named `ok-…` are
accepted: the value is unusual but unambiguous, so it is normalised and listed in the validation
summary. The corpus and this table are written by `src/test/corpus/make-bad-corpus.py`.

Messages are shown as their English templates (`{0}`… are filled in: the text found, the
indicator, what is expected, its unit); the Chinese text is in `messages_zh.properties`.

## What is accepted, what is refused

| Written | Read as | Why |
|---|---|---|
| `１２０`, `１，２３４`, `２０１４` (full-width) | 120, 1234, 2014 | unambiguous; said in the validation summary |
| `1,234`, `1,234,567.5` | 1234, 1234567.5 | commas group exactly three digits |
| `35%` when the unit is % | 35 | the sign repeats the unit |
| `60分钟` when the unit is 分钟, `3.5亿` when the unit is 亿元 | 60, 3.5 | the unit or its multiplier repeats the unit's |
| `2014年`, `2014年度` | 2014 | |
| `1,5`, `12,34` | refused | decimal comma or a thousands separator? |
| `35%` when the unit is not % | refused | a share of what? |
| `1.2万` when the unit is 个 or 元 | refused | 12,000 个, or 1.2 万个 in a table that says 万? |
| `2014-12-31`, `31/12/2014`, `2014.12` | refused | facts are annual; which day counts is a guess |
| `NaN`, `Infinity`, `∞`, `1e999`, `#DIV/0!` | refused | no figure |
| `0x1p3`, `12d` (Java would read them) | refused | not how a figure is written |
| YAML, unquoted: `0x14`, `024`, `0b101`, `1_000`, `1:30`, `.inf`, `.nan`, `on`, `off` (in any field) | refused | YAML 1.1 reads them as 20, 20 (octal), 5, 1000, 90, ∞, NaN, yes, no: not what is written; quote the text or write a plain decimal |
| YAML, unquoted: `no`, `yes`, `null`, `~` | the text `no`, `yes`; an empty field | values are read from the text as written, never from YAML's own typing |
| a key given twice in a JSON or YAML record (also `Value` and `value`) | refused | which one counts would be a guess |
| more than one list in a JSON or YAML file (a second key, a second list, a second YAML document) | refused | the rest would be dropped unread |

**Excel and WPS cells** (every XLSX reader of the project reads cells one way, `cn.tongcheng.facts.CellText`;
problems in a workbook are located by sheet and cell, `facts/x.xlsx:2: 事实!D2: …`):

| Cell | Read as | Why |
|---|---|---|
| 0.35 in a percent format (shows `35%`) | `35%`: 35 when the unit is %, refused otherwise | the percentage the cell shows, never 0.35 % |
| 120 in the format `0.0"%"` (shows `120.0%`) | 120 | the sign is text in the format, not a percentage |
| a formula (`=100+20`, saved by Excel) | its cached result, 120 | what the cell shows |
| a formula never calculated (written by a program) | refused | POI would read 0 |
| a number typed or pasted as text (`4`, `35%`) | as text, like a CSV cell | unambiguous; `35%` said in the summary |
| a date (`2014-12-31`) as year or value | refused | facts are annual |
| merged cells | refused | only the first cell holds the value |
| a file cut short (no end of the zip archive) | refused | a truncated sheet would read as empty |

**Headers, names and sources** (returned forms and any fact file):

| Written | Read as | Why |
|---|---|---|
| `地区`, `年份`, `指标编号`/`指标名称`, `填报值`/`数值`, `计量单位`/`单位`, `来源`, `来源类型`/`来源种类`, `佐证`, `引文`, `备注`, `联系人` | the fields `place`, `year`, `indicator`, `value`, `unit`, `source`, `source_kind`, `evidence`, `quote`, `note`, `contact` | Chinese headers of the form and their usual variants (`cn.tongcheng.facts.FactField`) |
| `嘉善县`, `嘉善`, `Jiashan` as place | `jiashan` | a place's name, short name or English name |
| `上海项目占比` as indicator | its id | the indicator's Chinese or English name |
| a misspelt header, place or indicator name | refused, with "did you mean" | the nearest known name (edit distance) |
| two columns for one field (`地区` and `place`) | refused | which one holds the place? |
| a row with neither value nor source | no data | a form row left empty is not a zero |
| source kind `文件` (or none) without quote | refused | a document is proved by a verbatim quote |
| source kind `统计资料` / `部门台账` without evidence | refused | statistics and department records are proved by a table, page or document number |
| two sources of different kinds for one fact | the kind ranked first in `rules/sources/precedence.csv`, listed in the summary | the table decides, the report names both |
| two sources of the same kind with different values | refused | the table cannot decide |

## Cases (COUNT, of which REFUSED refused)

| Case | Input | Exit | Expected: location: code — message |
|---|---|---|---|
""".replace("COUNT", str(len(cases))).replace("REFUSED", str(sum(1 for c in cases if not c.startswith("ok-"))))
    os.makedirs("docs", exist_ok=True)
    with open("docs/bad-input.md", "w", encoding="utf-8") as f:
        f.write(text + "\n".join(rows) + "\n")


doc()


# --- seed corpora of the fuzz tests (Jazzer replays them in every test run) ---------------------
def seeds():
    import glob

    def write(d, items):
        # seeds are rewritten; inputs the fuzzer found (crash-…) stay as regression cases
        os.makedirs(d, exist_ok=True)
        for old in glob.glob(os.path.join(d, "seed-*")):
            os.remove(old)
        for n, (prefix, path) in enumerate(items):
            data = open(path, "rb").read()
            with open(os.path.join(d, "seed-%03d" % n), "wb") as f:
                f.write((bytes([prefix]) if prefix is not None else b"") + data)

    kinds = {".csv": 0, ".json": 1, ".yaml": 2, ".xlsx": 3}
    facts = [(0, "src/test/resources/mini/facts/facts.csv"), (4, "src/test/resources/mini/facts/places.yaml")]
    for p in sorted(glob.glob(ROOT + "/*/facts/*")):
        ext = os.path.splitext(p)[1]
        if os.path.getsize(p) <= 20000 and ext in kinds:
            facts.append((4 if os.path.basename(p).startswith("places") else kinds[ext], p))
    write("src/test/resources/cn/tongcheng/facts/FactLoaderFuzzTestInputs/factFiles", facts)
    # RuleTableFuzzTest: the first byte picks the table (2 × its index in TableKind) and CSV (even) or XLSX (odd)
    kinds = ["dimensions", "indicators", "tiers", "method", "reasons", "criteria", "recommendations", "diagnoses"]
    tables = []
    for p in sorted(glob.glob("src/test/resources/mini/rules/*/*.csv")) + sorted(glob.glob(ROOT + "/rules-*/rules/*/*.csv")):
        stem, folder = os.path.basename(p)[:-4], os.path.basename(os.path.dirname(p))
        kind = stem if stem in kinds else {"criteria": "criteria", "recommendations": "recommendations", "diagnosis": "diagnoses"}.get(folder)
        if kind:
            tables.append((2 * kinds.index(kind), p))
    tables += [(11, p) for p in sorted(glob.glob(ROOT + "/xlsx-*/facts/*.xlsx"))]
    write("src/test/resources/cn/tongcheng/rules/RuleTableFuzzTestInputs/tables", tables)
    drl = sorted(glob.glob("src/test/resources/mini/rules/*/*.drl")) + sorted(glob.glob(ROOT + "/rules-*/rules/*/*.drl"))
    write("src/test/resources/cn/tongcheng/rules/RuleTableFuzzTestInputs/sandbox", [(None, p) for p in drl])


seeds()
