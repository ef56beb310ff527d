#include "cli/starter_files.hpp"

#include <vector>

#include "load/key_tables.hpp"

namespace mkba::cli {
namespace {

namespace keys = load::keys;

// YAML text in double quotes: any label stays text.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// A YAML file written key by key, each under the comment that says what it is.
class Writer {
 public:
  explicit Writer(const std::string& schema) {
    text_ = "# yaml-language-server: $schema=" + schema + "\n";
  }
  // A comment of the file as a whole, above its keys.
  void comment(const std::string& line) { text_ += (line.empty() ? "#" : "# " + line) + "\n"; }
  // `key: value` at `indent` in a map of `table`; `item` starts a list item.
  void key(int indent, const load::MapKeys& table, const char* name, const std::string& value = {},
           bool item = false) {
    const load::Key* k = table.find(name);
    std::string pad(static_cast<std::size_t>(indent), ' ');
    text_ += pad + "# " + (k ? k->description : "") + "\n";
    if (item) pad.replace(pad.size() - 2, 2, "- ");
    text_ += pad + name + ":" + (value.empty() ? "" : " " + value) + "\n";
  }
  // `text` at `indent`, under `comment`: what no key table declares.
  void line(int indent, const std::string& comment, const std::string& text) {
    std::string pad(static_cast<std::size_t>(indent), ' ');
    text_ += pad + "# " + comment + "\n" + pad + text + "\n";
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

struct Line {
  std::string tariff, quantity, per, per_count;
};

std::string price_text(const Money& m) { return to_plain(m.exact(), 4); }

std::string example_tariffs(const std::string& schema) {
  Writer w(schema + "/tariffs.schema.json");
  w.comment("A tariff table of mkba: unit prices, each with its unit, payer and source.");
  w.comment("Replace the examples with your own; README, \"Input files\", says more.");
  w.comment("");
  w.key(0, keys::tariff_table, "name", "Mijn tarieven");
  w.key(0, keys::tariff_table, "currency", "EUR");
  w.key(0, keys::tariff_table, "price_year", "2024");
  w.key(0, keys::tariff_table, "source", quoted("waar de prijzen vandaan komen"));
  w.key(0, keys::tariff_table, "payers");
  w.key(4, keys::payer, "id", "gemeente", true);
  w.key(4, keys::payer, "label", quoted("Gemeente (Wmo)"));
  w.key(4, keys::payer, "id", "zorgverzekeraar", true);
  w.key(4, keys::payer, "label", quoted("Zorgverzekeraar (Zvw)"));
  w.key(0, keys::tariff_table, "tariffs");
  w.key(4, keys::tariff, "id", "dagbesteding", true);
  w.key(4, keys::tariff, "label", quoted("Dagbesteding"));
  w.key(4, keys::tariff, "unit", "dagdeel");
  w.key(4, keys::tariff, "unit_plural", "dagdelen");
  w.key(4, keys::tariff, "price", "35");
  w.key(4, keys::tariff, "payer", "gemeente");
  w.key(4, keys::tariff, "id", "seh_bezoek", true);
  w.key(4, keys::tariff, "label", quoted("Bezoek spoedeisende hulp"));
  w.key(4, keys::tariff, "unit", "bezoek");
  w.key(4, keys::tariff, "unit_plural", "bezoeken");
  w.key(4, keys::tariff, "price", "280");
  w.key(4, keys::tariff, "payer", "zorgverzekeraar");
  return w.text();
}

// A few tariffs of `reference`: those named below that it has, else its first two.
std::vector<const Tariff*> picked(const TariffTable& reference) {
  std::vector<const Tariff*> out;
  for (const char* id : {"huisarts_consult", "seh_bezoek", "ggz_basis_instelling_consult"})
    if (const Tariff* t = reference.find_tariff(id)) out.push_back(t);
  for (std::size_t k = 0; out.empty() && k < reference.tariffs.size() && k < 2; ++k)
    out.push_back(&reference.tariffs[k]);
  return out;
}

std::string reference_tariffs(const std::string& schema, const TariffTable& reference,
                              const std::string& name) {
  Writer w(schema + "/tariffs.schema.json");
  w.comment("A tariff table of mkba, its tariffs taken from the library's " + name + ":");
  w.comment("`mkba check case.yaml` compares them with it. Change a price and give");
  w.comment("its deviation_reason, or add your own tariffs; README, \"Tariff library\".");
  w.comment("");
  w.key(0, keys::tariff_table, "name", quoted("Mijn tarieven, uit " + reference.name));
  w.key(0, keys::tariff_table, "price_year", std::to_string(reference.price_year));
  w.key(0, keys::tariff_table, "source", quoted(reference.source));
  w.key(0, keys::tariff_table, "payers");
  for (const auto& p : reference.payers) {
    w.key(4, keys::payer, "id", p.id, true);
    w.key(4, keys::payer, "label", quoted(p.label));
  }
  w.key(0, keys::tariff_table, "tariffs");
  for (const Tariff* t : picked(reference)) {
    w.key(4, keys::tariff, "id", t->id, true);
    w.key(4, keys::tariff, "label", quoted(t->label));
    w.key(4, keys::tariff, "unit", quoted(t->unit));
    w.key(4, keys::tariff, "unit_plural", quoted(t->unit_plural));
    w.key(4, keys::tariff, "price", price_text(t->price));
    w.key(4, keys::tariff, "payer", t->payer);
    w.key(4, keys::tariff, "source", quoted(t->source));
    w.key(4, keys::tariff, "reference", t->id);
  }
  return w.text();
}

std::string case_file(const std::string& schema, const std::vector<Line>& lines,
                      const std::string& payer, const std::string& reference_name) {
  Writer w(schema + "/case.schema.json");
  w.comment("A case file of mkba: check it with `mkba validate case.yaml`, compute it");
  w.comment("with `mkba run case.yaml`. README, \"Input files\", says what each key does.");
  w.comment("");
  w.key(0, keys::case_file, "programme");
  w.key(2, keys::programme, "name", quoted("Mijn programma"));
  w.key(2, keys::programme, "year", "2024");
  w.key(2, keys::programme, "tariffs", "tariffs.yaml");
  if (!reference_name.empty()) w.key(2, keys::programme, "reference", reference_name);
  w.key(2, keys::programme, "participants", "100");
  w.key(2, keys::programme, "costs");
  w.key(6, keys::cost, "label", quoted("Subsidie"), true);
  w.key(6, keys::cost, "amount", "50000");
  w.key(6, keys::cost, "payer", payer);
  w.key(0, keys::case_file, "cases");
  w.key(4, keys::case_entry, "id", "casus-1", true);
  w.key(4, keys::case_entry, "title", quoted("Mevrouw A, 52 jaar"));
  w.key(4, keys::case_entry, "effect", quoted("wat het programma voor haar verandert"));
  w.key(4, keys::case_entry, "avoided");
  for (const auto& l : lines) {
    w.key(8, keys::line, "tariff", l.tariff, true);
    w.key(8, keys::line, "quantity", l.quantity);
    if (!l.per.empty()) {
      w.key(8, keys::line, "per", l.per);
      w.key(8, keys::line, "for", l.per_count);
    }
  }
  w.key(0, keys::case_file, "population");
  w.key(2, keys::population, "basis");
  w.line(4, "every payer (default): the mean of the cases; or a case id, or {weights: ...}",
         "default: mean");
  return w.text();
}

}  // namespace

StarterFiles starter_files(const std::string& schemas, const TariffTable* reference,
                           const std::string& reference_name) {
  if (!reference)
    return {case_file(schemas, {{"dagbesteding", "2", "week", "40"}, {"seh_bezoek", "1", "", ""}},
                      "gemeente", ""),
            example_tariffs(schemas)};
  std::vector<Line> lines;
  for (const Tariff* t : picked(*reference)) lines.push_back({t->id, "2", "", ""});
  std::string payer = reference->payers.empty() ? "" : reference->payers.front().id;
  return {case_file(schemas, lines, payer, reference_name),
          reference_tariffs(schemas, *reference, reference_name)};
}

}  // namespace mkba::cli
