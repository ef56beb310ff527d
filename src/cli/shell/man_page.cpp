#include "cli/shell/man_page.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace mkba::cli {
namespace {

// Text as roff reads it: backslashes and minus signs escaped, and a line
// that starts with a control character kept as text.
std::string roff(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
    line_start = c == '\n';
  }
  return out;
}

std::string bold(const std::string& s) { return "\\fB" + roff(s) + "\\fR"; }
std::string italic(const std::string& s) { return "\\fI" + roff(s) + "\\fR"; }

// "-f, --format FORMAT" as a tagged paragraph.
void write_option(std::ostream& out, const OptionOutline& o, bool argument) {
  out << ".TP\n";
  if (argument) {
    out << italic(o.value) << (o.many ? "..." : "");
  } else {
    for (std::size_t i = 0; i < o.names.size(); ++i) out << (i ? ", " : "") << bold(o.names[i]);
    if (!o.value.empty()) out << " " << italic(o.value);
  }
  out << "\n" << roff(o.help) << "\n";
}

// "Examples:" of a footer paragraph that is a heading and indented lines.
std::string heading_of(const std::string& paragraph) {
  std::string first = paragraph.substr(0, paragraph.find('\n'));
  bool heading = first.size() < paragraph.size() && !first.empty() && first.back() == ':';
  return heading ? first : "";
}

// The indented lines below a heading, kept as they are.
void write_lines(std::ostream& out, const std::string& paragraph) {
  out << ".RS 2\n.nf\n";
  std::istringstream lines(paragraph.substr(paragraph.find('\n') + 1));
  for (std::string line; std::getline(lines, line);)
    out << roff(line.substr(line.find_first_not_of(' '))) << "\n";
  out << ".fi\n.RE\n";
}

// A paragraph of a command's footer: a heading with its lines, or text.
void write_paragraph(std::ostream& out, const std::string& paragraph) {
  std::string heading = heading_of(paragraph);
  if (heading.empty()) {
    out << ".PP\n" << roff(paragraph) << "\n";
    return;
  }
  out << ".PP\n" << italic(heading) << "\n";
  write_lines(out, paragraph);
}

// A paragraph of `mkba --help`'s footer as a section of its own: "Exit
// codes:" is EXIT STATUS, other text NOTES.
void write_section(std::ostream& out, const std::string& paragraph) {
  std::string heading = heading_of(paragraph);
  if (heading.empty()) {
    out << ".SH NOTES\n" << roff(paragraph) << "\n";
    return;
  }
  heading.pop_back();
  for (char& c : heading) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  out << ".SH \"" << (heading == "EXIT CODES" ? "EXIT STATUS" : heading) << "\"\n";
  write_lines(out, paragraph);
}

std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> all;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find("\n\n", at);
    std::string p = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
    while (!p.empty() && p.back() == '\n') p.pop_back();
    if (!p.empty()) all.push_back(p);
    if (end == std::string::npos) break;
    at = end + 2;
  }
  return all;
}

// A command's options in the groups of its --help.
void write_options(std::ostream& out, const CommandOutline& c) {
  for (const auto& a : c.arguments) write_option(out, a, true);
  std::vector<std::string> groups;
  for (const auto& o : c.options)
    if (std::find(groups.begin(), groups.end(), o.group) == groups.end()) groups.push_back(o.group);
  for (const auto& g : groups) {
    if (g != "Options") out << ".PP\n" << italic(g + ":") << "\n";
    for (const auto& o : c.options)
      if (o.group == g) write_option(out, o, false);
  }
}

}  // namespace

std::string man_page(const std::vector<CommandOutline>& commands, const std::string& version,
                     const std::string& date, const std::string& data_dir) {
  std::ostringstream out;
  const CommandOutline& mkba = commands.front();
  out << ".\\\" Written by mkba-man from the definition of mkba's command line.\n"
      << ".TH MKBA 1 \"" << date << "\" \"" << roff(version) << "\" \"User Commands\"\n"
      << ".nh\n.ad l\n"
      << ".SH NAME\nmkba \\- social cost\\-benefit analysis (MKBA) from tariff tables and case "
         "files\n"
      << ".SH SYNOPSIS\n"
      << bold("mkba") << " " << italic("COMMAND") << " [" << italic("OPTIONS") << "]\n"
      << ".SH DESCRIPTION\n"
      << roff(mkba.help) << "\n"
      << ".SH OPTIONS\n";
  write_options(out, mkba);
  out << ".SH COMMANDS\n";
  for (std::size_t i = 1; i < commands.size(); ++i) {
    const CommandOutline& c = commands[i];
    out << ".SS \"" << roff(c.path) << "\"\n" << bold(c.usage) << "\n.PP\n" << roff(c.help) << "\n";
    write_options(out, c);
    for (const auto& p : paragraphs(c.footer)) write_paragraph(out, p);
  }
  // The footer of `mkba --help`: examples, exit codes, and a note.
  for (const auto& p : paragraphs(mkba.footer)) write_section(out, p);
  out << ".SH ENVIRONMENT\n.TP\n"
      << bold("MKBA_DATA_DIR") << "\n"
      << roff(
             "The folder of the tariff library (tables, and index series in its index/ "
             "folder) instead of the one installed with mkba.")
      << "\n.SH FILES\n.TP\n"
      << italic(data_dir) << "\n"
      << roff(
             "From the folder of the mkba binary: the bundled tariff library, and its index "
             "series in index/ (/usr/share/mkba/tariffs for /usr/bin/mkba).")
      << "\n.SH SEE ALSO\n"
      << roff("The README of mkba, and `mkba COMMAND --help`.") << "\n";
  return out.str();
}

}  // namespace mkba::cli
