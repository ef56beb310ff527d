#include "load/time_readers.hpp"

#include "core/suggest.hpp"
#include "core/time_value.hpp"
#include "load/index_values.hpp"

namespace mkba::load {

bool read_adjustments(const Node& node, Adjustments& out, Diagnostics& d) {
  MapReader m(node, "adjustments", {"deadweight", "attribution", "displacement", "probability"}, d);
  if (!m.ok()) return false;
  out.origin = node.origin;
  bool ok = true;
  auto share = [&](const char* key, std::optional<Exact>& target) {
    if (const Node* n = m.get(key)) {
      target = read_share(*n, key, d);
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
    auto v = read_whole(*lag, "lag", 0, 100, d);
    ok = v.has_value();
    if (v) out.lag = static_cast<int>(*v);
  }
  if (const Node* rec = m.get("recurring")) {
    out.origin = rec->origin;
    MapReader r(*rec, "recurring", {"years", "drop_off"}, d);
    const Node* years = r.require("years");
    if (!r.ok() || !years) return false;
    auto y = read_whole(*years, "years", 1, 1000, d);
    ok = ok && y;
    if (y) out.years = static_cast<int>(*y);
    if (const Node* drop = r.get("drop_off")) {
      auto v = read_share(*drop, "drop_off", d);
      ok = ok && v;
      if (v) out.drop_off = *v;
    }
  }
  return ok;
}

std::optional<Horizon> read_horizon(const Node& node, Diagnostics& d) {
  MapReader m(node, "the horizon", {"years", "start"}, d);
  const Node* years = m.require("years");
  if (!m.ok() || !years) return std::nullopt;
  Horizon h;
  h.origin = node.origin;
  auto y = read_whole(*years, "years", 1, 1000, d);
  if (!y) return std::nullopt;
  h.years = static_cast<int>(*y);
  if (const Node* start = m.get("start")) {
    auto s = read_whole(*start, "start", 1900, 2200, d);
    if (!s) return std::nullopt;
    h.start = static_cast<int>(*s);
  }
  return h;
}

std::optional<Discounting> read_discounting(const Node& node, Diagnostics& d) {
  MapReader m(node, "discounting", {"preset", "rate", "first_year"}, d);
  if (!m.ok()) return std::nullopt;
  Discounting out;
  out.origin = node.origin;
  const Node* preset = m.get("preset");
  const Node* rate = m.get("rate");
  if (preset && rate) {
    d.error(rate->origin, "give a preset or a rate, not both");
    return std::nullopt;
  }
  if (!preset && !rate) {
    d.error(node.origin, "discounting needs a preset or a rate",
            "e.g. discounting: {preset: mkba-2021} or discounting: {rate: 0.04}");
    return std::nullopt;
  }
  if (preset) {
    auto name = read_text(*preset, "preset", d);
    if (!name) return std::nullopt;
    auto r = preset_rate(*name);
    if (!r) {
      std::vector<std::string> names;
      for (const auto& p : discount_presets()) names.push_back(p.name);
      d.error(preset->origin, "unknown discounting preset '" + *name + "'",
              did_you_mean(*name, names));
      return std::nullopt;
    }
    out.preset = *name;
    out.rate = *r;
  } else {
    auto r = read_number(*rate, "rate", NumberRule{6, 1, true, true}, d);
    if (!r) return std::nullopt;
    if (*r <= Exact::integer(-1) || *r >= Exact::integer(1)) {
      d.error(rate->origin, "rate: expected a yearly rate between -1 and 1, got " + rate->text,
              "write a rate as a decimal: 4% is 0.04");
      return std::nullopt;
    }
    out.preset = "rate";
    out.rate = *r;
  }
  if (const Node* first = m.get("first_year")) {
    auto v = read_text(*first, "first_year", d);
    if (!v) return std::nullopt;
    if (*v != "undiscounted" && *v != "discounted") {
      d.error(first->origin, "first_year: expected undiscounted or discounted, got '" + *v + "'",
              "undiscounted (the default, Dutch practice): year 1 counts in full");
      return std::nullopt;
    }
    out.first_year_discounted = *v == "discounted";
  }
  return out;
}

std::optional<IndexSeries> load_index_series(const std::string& path, Sources& sources,
                                             Diagnostics& d) {
  auto root = parse_file(path, sources, d);
  if (!root) return std::nullopt;
  Diagnostics local;
  MapReader m(*root, "an index series", {"name", "source", "values"}, local);
  const Node* name = m.require("name");
  const Node* values = m.require("values");
  IndexSeries series;
  series.file = path;
  if (m.ok() && name && values) {
    if (auto v = read_text(*name, "name", local)) series.name = *v;
    if (const Node* source = m.get("source"))
      if (auto v = read_text(*source, "source", local)) series.source = *v;
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
        auto year = read_whole(key, "year", 1900, 2200, local);
        if (!year) continue;
        auto value = read_index_value(e.value, static_cast<int>(*year), series.values,
                                      failed == *year - 1, local);
        if (!value) {
          failed = static_cast<int>(*year);
          continue;
        }
        if (!series.values.empty() && series.values.back().first >= *year)
          local.error(e.key_origin, "years must ascend: " + e.key + " follows " +
                                        std::to_string(series.values.back().first));
        series.values.emplace_back(static_cast<int>(*year), *value);
      }
    }
  }
  d.append(local);
  if (!local.empty()) return std::nullopt;
  return series;
}

}  // namespace mkba::load
