// Hostile text from input files in every output: control characters shown
// escaped on the terminal, CSV cells that a spreadsheet would run guarded,
// Markdown metacharacters shown as text, JSON escapes, and SVG that a real
// XML parser (expat) accepts whatever the labels hold.
#include <doctest/doctest.h>
#include <expat.h>

#include <string>
#include <vector>

#include "core/sensitivity.hpp"
#include "core/simulation.hpp"
#include "random_source.hpp"
#include "report/escape.hpp"
#include "report/sensitivity_report.hpp"
#include "report/simulation_report.hpp"
#include "report/writer.hpp"
#include "xml_parse.hpp"

using namespace mkba;
using report::escape_controls;

namespace {

// Code points and bytes that have broken outputs: every C0 control, DEL, C1,
// noncharacters, bidirectional overrides, markup characters, and bytes that
// are not UTF-8 (overlong NUL, a lone continuation, a surrogate, a cut-off
// sequence).
const std::vector<std::string> pieces = [] {
  std::vector<std::string> out;
  for (int c = 0; c < 0x20; ++c) out.push_back(std::string(1, static_cast<char>(c)));
  for (const char* s : {"\x7f",
                        "\xc2\x80",
                        "\xc2\x9b",
                        "\xef\xbf\xbe",
                        "\xef\xbf\xbf",
                        "\xe2\x80\xae",
                        "\xe2\x81\xa6",
                        "\xe2\x80\xa8",
                        "\xd8\x9c",
                        "<",
                        ">",
                        "&",
                        "\"",
                        "'",
                        "]]>",
                        "<!--",
                        "&amp;",
                        "\\",
                        "`",
                        "*",
                        "_",
                        "[x](javascript:alert(1))",
                        "# ",
                        "\xc3\xa9",
                        "\xe2\x82\xac",
                        "\xf0\x9f\x98\x80",
                        "\xff",
                        "\xc0\x80",
                        "\x80",
                        "\xed\xa0\x80",
                        "\xe2\x82",
                        "\xf4\x90\x80\x80",
                        "a",
                        " ",
                        "Stadskamer"})
    out.push_back(s);
  return out;
}();

std::string hostile(test::RandomSource& g) {
  std::string s;
  for (long long i = 0, n = g.between(1, 12); i < n; ++i)
    s += pieces[static_cast<std::size_t>(g.between(0, static_cast<long long>(pieces.size()) - 1))];
  return s;
}

std::string hex(const std::string& s) {
  std::string out;
  char buf[4];
  for (unsigned char c : s) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    out += buf;
  }
  return out;
}

// Parses `xml` with expat; the character data of every element, or a failure.
struct Parsed {
  bool ok = false;
  std::string error, text;
};

Parsed parse_xml(const std::string& xml) {
  Parsed p;
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &p.text);
  XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* s, int len) {
    static_cast<std::string*>(data)->append(s, static_cast<std::size_t>(len));
  });
  p.error = test::parse_with(parser, xml);
  p.ok = p.error.empty();
  return p;
}

Outcome outcome(long long net) {
  Outcome o;
  o.figure = "npv";
  o.net = Money::euros(net);
  return o;
}

}  // namespace

TEST_CASE("escape_controls shows what a terminal would act on, and nothing else") {
  CHECK(escape_controls("\x1b[31mrood\x07") == "\\x1b[31mrood\\x07");
  CHECK(escape_controls(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(escape_controls("\x7f\xc2\x9b\xe2\x80\xae\xef\xbf\xbe") == "\\x7f\\u009b\\u202e\\ufffe");
  CHECK(escape_controls("\xff\xc0\x80\xed\xa0\x80") == "\\xff\\xc0\\x80\\xed\\xa0\\x80");
  CHECK(escape_controls("caf\xc3\xa9 \xe2\x82\xac 5\n\tnext") ==
        "caf\xc3\xa9 \xe2\x82\xac 5\n\tnext");
  CHECK(escape_controls("\r\f\v") == "\\x0d\\x0c\\x0b");
}

TEST_CASE("JSON strings escape every control character, the text unchanged") {
  CHECK(report::escape_json("\x1b\x7f\xc2\x85\xe2\x80\xa8\"\\\n\t") ==
        "\\u001b\\u007f\\u0085\\u2028\\\"\\\\\\n\\u0009");
  CHECK(report::escape_json("caf\xc3\xa9") == "caf\xc3\xa9");
}

TEST_CASE("property: terminal tables and text carry no control character") {
  for (std::uint64_t seed = 1; seed <= 500; ++seed) {
    test::RandomSource g(seed);
    std::string text = hostile(g);
    CAPTURE(hex(text));
    report::Document d{text, {text}, {{text, {text}, {}, {text}}}};
    d.sections[0].tables.push_back(
        {{text, "EUR"}, {{report::Cell::of(text), report::Cell::count(1)}}, {}});
    for (const std::string& out : {report::render_text(d, report::Locale::nl),
                                   report::render_markdown(d, report::Locale::en),
                                   report::render_html(d, report::Locale::nl)})
      for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        CHECK((c >= 0x20 || c == '\n' || c == '\t'));
        CHECK(c != 0x7f);
        if (c == 0xc2 && i + 1 < out.size())  // C1 controls in UTF-8
          CHECK_FALSE((static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
                       static_cast<unsigned char>(out[i + 1]) <= 0x9f));
      }
  }
}

TEST_CASE("CSV: cells a spreadsheet would run as a formula are guarded (OWASP)") {
  using report::CsvDialect;
  for (const char* start : {"=", "+", "-", "@", "\t", "\r"}) {
    std::string cell = std::string(start) + "HYPERLINK(\"http://x\")";
    CAPTURE(hex(cell));
    std::string field = report::csv_field(cell, false, CsvDialect::rfc4180);
    CHECK(field.find('\'') == (field[0] == '"' ? 1u : 0u));
  }
  CHECK(report::csv_field("\tx", false, CsvDialect::nl) == "'\tx");
  CHECK(report::csv_field("\rx", false, CsvDialect::rfc4180) == "\"'\rx\"");
  CHECK(report::csv_field("-12.50", true, CsvDialect::rfc4180) == "-12.50");  // a number
}

TEST_CASE("Markdown: text from input files is text, never markup") {
  auto paragraph = [](const std::string& text) {
    report::Document d{"t", {text}, {}};
    std::string md = report::render_markdown(d, report::Locale::nl);
    return md.substr(md.find("\n\n") + 2, md.size() - md.find("\n\n") - 3);
  };
  CHECK(paragraph("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))");
  CHECK(paragraph("![beeld](http://example.org/x.png)") ==
        "!\\[beeld\\](http://example.org/x.png)");
  CHECK(paragraph("# Kop") == "\\# Kop");
  CHECK(paragraph("## Kop\nen meer") == "\\#\\# Kop en meer");
  CHECK(paragraph("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)>");
  CHECK(paragraph("- item") == "\\- item");
  CHECK(paragraph("> quote") == "\\> quote");
  CHECK(paragraph("1. list") == "1\\. list");
  CHECK(paragraph("1.000 trekkingen") == "1.000 trekkingen");  // no list marker without a blank
  CHECK(paragraph("    code") == "code");
  CHECK(paragraph("---") == "\\---");
  CHECK(paragraph("**vet** _schuin_ ~~weg~~ `code` &amp; $x$ a|b") ==
        "\\*\\*vet\\*\\* \\_schuin\\_ \\~\\~weg\\~\\~ \\`code\\` \\&amp; \\$x\\$ a\\|b");
  CHECK(paragraph("\x1b[31m") == "\\\\x1b\\[31m");
  CHECK(report::markdown_code("case.a`b") == "``case.a`b``");
  CHECK(report::markdown_code("`x") == "`` `x ``");
}

TEST_CASE("property: every SVG chart is well-formed XML, whatever its labels hold") {
  for (std::uint64_t seed = 1; seed <= 400; ++seed) {
    test::RandomSource g(seed);
    Analysis a;
    a.programme.name = hostile(g);
    for (int k = 0; k < 2; ++k) {
      UncertainParameter p;
      p.parameter.path = hostile(g);  // as if resolved: the labels are what is tested
      a.uncertainty.push_back(p);
    }
    CAPTURE(hex(a.programme.name));
    CAPTURE(hex(a.uncertainty[0].parameter.path));

    Sensitivity s;
    s.base = outcome(g.between(-1000, 1000));
    s.base.figure = hostile(g);
    for (const auto& p : a.uncertainty) {
      OneWay row;
      row.parameter = p.parameter;
      row.at_low = outcome(g.between(-5000, 5000));
      row.at_high = outcome(g.between(-5000, 5000));
      s.rows.push_back(row);
    }
    SimulationResult sim;
    sim.figure = hostile(g);
    for (int i = 0; i < 50; ++i) sim.net.push_back(static_cast<double>(g.between(-100, 100)));

    for (auto locale : {report::Locale::nl, report::Locale::en})
      for (const std::string& svg : {report::render_tornado_svg(a, s, locale).svg,
                                     report::render_histogram_svg(a, sim, locale).svg}) {
        Parsed p = parse_xml(svg);
        INFO(svg);
        REQUIRE_MESSAGE(p.ok, p.error);
        // The labels are there, as text: escaped, never lost.
        CHECK(p.text.find(escape_controls(a.programme.name)) != std::string::npos);
      }
  }
}

TEST_CASE(
    "property: the HTML report is well-formed, its text from input files text, never markup") {
  for (std::uint64_t seed = 1; seed <= 400; ++seed) {
    test::RandomSource g(seed);
    std::string text = hostile(g) + "<script>alert(1)</script><img src=x onerror=y>";
    CAPTURE(hex(text));
    report::Document d{text, {text}, {{text, {text}, {}, {text}, {text}}}};
    d.sections[0].tables.push_back(
        {{text, "EUR"}, {{report::Cell::of(text), report::Cell::count(1)}}, {0}});
    d.sections[0].charts.push_back(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>c</text></svg>\n");
    const std::string html = report::render_html(d, report::Locale::nl);
    Parsed p = parse_xml(html);  // the writer keeps to XHTML's syntax
    REQUIRE_MESSAGE(p.ok, p.error);
    CHECK(p.text.find(escape_controls(text)) != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<figure>\n<svg") != std::string::npos);  // the chart as markup
    CHECK(html.find("<tr class=\"total\">") != std::string::npos);
    CHECK(html.find("<td class=\"num\">1</td>") != std::string::npos);
  }
}
