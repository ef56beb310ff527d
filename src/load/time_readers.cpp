#include "load/time_readers.hpp"

#include <algorithm>

#include "core/suggest.hpp"
#include "core/text.hpp"
#include "core/time_value.hpp"
#include "load/index_values.hpp"

namespace mkba::load {

bool read_adjustments(const Node& node, Adjustments& out, Diagnostics& d) {
  MapReader m(node, keys::adjustments, d);
  if (!m.is_map()) return false;
  out.origin = node.origin;
  bool ok = m.ok();
  auto share = [&](const char* key, std::optional<Exact>& target) {
    if (m.get(key)) {
      target = m.number(key);
      ok = ok && target;
    }
  };
  share("deadweight", out.deadweight);
  share("attribution", out.attribution);
  share("displacement", out.displacement);
  share("probability", out.probability);
  return ok;
}

bool read_timing(const MapReader& m, Timing& out, Diagnostics& d) {
  bool ok = true;
  if (const Node* lag = m.get("lag")) {
    out.origin = lag->origin;
    auto v = m.whole("lag");
    ok = v.has_value();
    if (v) out.lag = static_cast<int>(*v);
  }
  if (const Node* rec = m.get("recurring")) {
    out.origin = rec->origin;
    MapReader r(*rec, keys::recurring, d);
    if (!r.is_map()) return false;
    const Node* years = r.require("years");
    ok = ok && r.ok() && years;
    if (years) {
      auto y = r.whole("years");
      ok = ok && y;
      if (y) out.years = static_cast<int>(*y);
    }
    if (r.get("drop_off")) {
      auto v = r.number("drop_off");
      ok = ok && v;
      if (v) out.drop_off = *v;
    }
  }
  return ok;
}

std::optional<Horizon> read_horizon(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::horizon, d);
  if (!m.is_map()) return std::nullopt;
  const Node* years = m.require("years");
  bool ok = m.ok() && years;
  Horizon h;
  h.origin = node.origin;
  if (years) {
    auto y = m.whole("years");
    ok = ok && y;
    if (y) h.years = static_cast<int>(*y);
  }
  if (m.get("start")) {
    auto s = m.whole("start");
    ok = ok && s;
    if (s) h.start = static_cast<int>(*s);
  }
  if (!ok) return std::nullopt;
  return h;
}

namespace {

// A preset's name into `out`; false when it is not one.
bool read_preset(const Node& preset, Discounting& out, Diagnostics& d) {
  auto name = read_text(preset, "preset", d);
  if (!name) return false;
  auto r = preset_rate(*name);
  if (!r) {
    std::vector<std::string> names;
    for (const auto& p : discount_presets()) names.push_back(p.name);
    d.error(preset.origin, "unknown discounting preset " + in_quotes(*name),
            did_you_mean(*name, names));
    return false;
  }
  out.preset = *name;
  out.rate = *r;
  return true;
}

bool read_rate(const Node& rate, Discounting& out, Diagnostics& d) {
  // Up to 18 digits, so that 23 is told as a rate out of range.
  auto r = read_number(rate, "rate", keys::discounting.find("rate")->value, d);
  if (!r) return false;
  if (*r <= Exact::integer(-1) || *r >= Exact::integer(1)) {
    d.error(rate.origin, "rate: expected a yearly rate between -1 and 1, got " + rate.text,
            "write a rate as a decimal: 4% is 0.04");
    return false;
  }
  out.preset = "rate";
  out.rate = *r;
  return true;
}

}  // namespace

std::optional<Discounting> read_discounting(const Node& node, Diagnostics& d) {
  MapReader m(node, keys::discounting, d);
  if (!m.is_map()) return std::nullopt;
  Discounting out;
  out.origin = node.origin;
  bool ok = m.ok();
  const Node* preset = m.get("preset");
  const Node* rate = m.get("rate");
  if (preset && rate) {
    d.error(rate->origin, "give a preset or a rate, not both");
    ok = false;
  } else if (!preset && !rate) {
    d.error(node.origin, "discounting needs a preset or a rate",
            "e.g. discounting: {preset: mkba-2021} or discounting: {rate: 0.04}");
    ok = false;
  } else {
    ok = (preset ? read_preset(*preset, out, d) : read_rate(*rate, out, d)) && ok;
  }
  if (const Node* first = m.get("first_year")) {
    auto v = read_text(*first, "first_year", d);
    const auto& choices = m.choices("first_year");
    if (v && std::find(choices.begin(), choices.end(), *v) == choices.end()) {
      d.error(first->origin,
              "first_year: expected undiscounted or discounted, got " + in_quotes(*v),
              "undiscounted (the default, Dutch practice): year 1 counts in full");
      v.reset();
    }
    ok = ok && v;
    if (v) out.first_year_discounted = *v == "discounted";
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<IndexSeries> load_index_series(const std::string& path, Sources& sources,
                                             Diagnostics& d) {
  auto root = parse_file(path, sources, d);
  if (!root || !is_root_map(*root, keys::index_series, d)) return std::nullopt;
  Diagnostics local;
  MapReader m(*root, keys::index_series, local);
  const Node* name = m.require("name");
  const Node* values = m.require("values");
  IndexSeries series;
  series.file = path;
  if (name)
    if (auto v = read_text(*name, "name", local)) series.name = *v;
  if (const Node* source = m.get("source"))
    if (auto v = read_text(*source, "source", local)) series.source = *v;
  if (values) {
    if (values->kind != Node::Kind::map) {
      local.error(values->origin,
                  "values: expected a map of years to index values, got " + describe(*values),
                  "e.g. values: {2015: 100, 2016: 100.3}");
    } else {
      int failed = 0;  // the last year whose entry was wrong
      for (const auto& e : values->entries) {
        Node key;
        key.kind = Node::Kind::scalar;
        key.text = e.key;
        key.origin = e.key_origin;
        auto year = read_whole(key, "year", keys::year.min, keys::year.max, local);
        if (!year) continue;
        auto value = read_index_value(e.value, static_cast<int>(*year), series.values,
                                      failed == *year - 1, local);
        if (!value) {
          failed = static_cast<int>(*year);
          continue;
        }
        if (!series.values.empty() && series.values.back().first >= *year)
          local.error(e.key_origin, "years must ascend: " + shorten(e.key) + " follows " +
                                        std::to_string(series.values.back().first));
        series.values.emplace_back(static_cast<int>(*year), *value);
      }
    }
  }
  append_in_file_order(d, local);
  if (!local.empty()) return std::nullopt;
  return series;
}

}  // namespace mkba::load
