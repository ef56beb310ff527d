#include "core/overrides.hpp"

#include <algorithm>

#include "core/suggest.hpp"
#include "core/time_value.hpp"

namespace mkba {
namespace {}  // namespace

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t dot; (dot = path.find('.', start)) != std::string::npos; start = dot + 1)
    parts.push_back(path.substr(start, dot - start));
  parts.push_back(path.substr(start));
  return parts;
}

namespace {

// Applies one override; false (having reported) when it cannot.
class Applier {
 public:
  Applier(Analysis& a, const Override& o, Diagnostics& d)
      : a_(a), o_(o), d_(d), s_(split_path(o.path)) {}

  bool apply() {
    if (s_[0] == "tariffs" && s_.size() == 3) return tariff();
    if (s_[0] == "programme" && s_.size() == 2 && s_[1] == "participants")
      return whole(a_.programme.participants);
    if (s_[0] == "programme" && s_.size() == 4 && s_[1] == "costs" && s_[3] == "amount")
      return cost();
    if (s_[0] == "programme" && s_.size() == 2 && s_[1] == "price_year") return price_year();
    if (s_[0] == "population" && a_.population) return population();
    if (s_[0] == "adjustments" && s_.size() == 2) return share(a_.programme.adjustments, s_[1]);
    if (s_[0] == "discounting" && s_.size() == 2) return discounting();
    if (s_[0] == "horizon" && s_.size() == 2 && s_[1] == "years") return horizon_years();
    if (s_[0] == "cases" && s_.size() == 4 && s_[2] == "adjustments") return case_share();
    if (s_[0] == "cases" && (s_.size() == 5 || s_.size() == 6) && s_[2] == "avoided") return line();
    return unknown();
  }

 private:
  bool unknown() {
    std::string hint = did_you_mean(o_.path, override_paths(a_));
    if (hint.empty()) hint = "README, 'Overrides and scenarios', lists the paths";
    if (s_[0] == "population" && !a_.population)
      hint = "the file has no population block to change";
    d_.error(o_.origin, "unknown path '" + o_.path + "'", hint);
    return false;
  }

  bool wrong(const std::string& what, const std::string& hint = {}) {
    d_.error(o_.origin, o_.path + ": " + what, hint);
    return false;
  }

  std::optional<Exact> number(int decimals, int digits) {
    ParsedDecimal p = parse_decimal(o_.value, decimals, digits);
    if (!p.value) {
      wrong(p.error, p.hint);
      return std::nullopt;
    }
    if (p.value->is_negative()) {
      wrong("must not be negative, got " + o_.value);
      return std::nullopt;
    }
    return p.value;
  }

  bool whole(std::optional<long long>& target) {
    auto v = number(0, 10);
    if (!v) return false;
    if (*v < Exact::integer(1) || *v > Exact::integer(1'000'000'000))
      return wrong("must be a whole number from 1 to 1000000000, got " + o_.value);
    target = static_cast<long long>(v->numerator());
    return true;
  }

  bool id(std::string& target, const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), o_.value) == allowed.end())
      return wrong("unknown value '" + o_.value + "'", did_you_mean(o_.value, allowed));
    target = o_.value;
    return true;
  }

  bool tariff() {
    for (auto& t : a_.tariffs.tariffs) {
      if (t.id != s_[1]) continue;
      if (s_[2] == "price") {
        auto v = number(4, 12);
        if (v) t.price = Money(*v);
        return v.has_value();
      }
      if (s_[2] == "payer") return id(t.payer, a_.tariffs.payer_ids());
    }
    return unknown();
  }

  bool cost() {
    auto& costs = a_.programme.costs;
    for (std::size_t i = 0; i < costs.size(); ++i) {
      if (costs[i].id != s_[2] && std::to_string(i + 1) != s_[2]) continue;
      auto v = number(4, 12);
      if (v) costs[i].amount = Money(*v);
      return v.has_value();
    }
    return unknown();
  }

  bool population() {
    Population& p = *a_.population;
    if (s_.size() == 2 && s_[1] == "participants") return whole(p.participants);
    if (s_.size() < 3 || s_[1] != "basis") return unknown();
    std::vector<std::string> payers = a_.tariffs.payer_ids();
    if (s_[2] != "default" && std::find(payers.begin(), payers.end(), s_[2]) == payers.end())
      return unknown();
    Basis* basis = &p.default_basis;
    if (s_[2] != "default") {
      auto it = std::find_if(p.payer_basis.begin(), p.payer_basis.end(),
                             [&](const auto& pb) { return pb.first == s_[2]; });
      if (it == p.payer_basis.end()) {
        p.payer_basis.emplace_back(s_[2], p.default_basis);
        it = std::prev(p.payer_basis.end());
      }
      basis = &it->second;
    }
    basis->origin = o_.origin;
    if (s_.size() == 3) return basis_kind(*basis);
    if (s_.size() == 5 && s_[3] == "weights") return weight(*basis);
    return unknown();
  }

  bool basis_kind(Basis& basis) {
    std::vector<std::string> choices{"mean", "median"};
    for (const auto& c : a_.cases) choices.push_back(c.id);
    std::string choice;
    if (!id(choice, choices)) return false;
    basis.weights.clear();
    basis.weight_origins.clear();
    basis.kind = choice == "mean"     ? Basis::Kind::mean
                 : choice == "median" ? Basis::Kind::median
                                      : Basis::Kind::single_case;
    basis.case_id = basis.kind == Basis::Kind::single_case ? choice : "";
    return true;
  }

  bool weight(Basis& basis) {
    auto v = number(4, 9);
    if (!v) return false;
    if (basis.kind != Basis::Kind::weights) {
      basis.kind = Basis::Kind::weights;
      basis.weights.clear();
      basis.weight_origins.clear();
    }
    for (auto& [id, w] : basis.weights)
      if (id == s_[4]) {
        w = Quantity(*v);
        return true;
      }
    basis.weights.emplace_back(s_[4], Quantity(*v));
    basis.weight_origins.push_back(o_.origin);
    return true;
  }

  bool share(Adjustments& adj, const std::string& name) {
    std::optional<Exact> Adjustments::*field = name == "deadweight"     ? &Adjustments::deadweight
                                               : name == "attribution"  ? &Adjustments::attribution
                                               : name == "displacement" ? &Adjustments::displacement
                                               : name == "probability"  ? &Adjustments::probability
                                                                        : nullptr;
    if (!field) return unknown();
    auto v = number(6, 18);  // 23 is a share out of range, not a number too long
    if (!v) return false;
    if (*v > Exact::integer(1))
      return wrong("a share must be from 0 to 1, got " + o_.value, "10% is 0.1");
    adj.*field = *v;
    adj.origin = o_.origin;
    return true;
  }

  bool case_share() {
    for (auto& c : a_.cases)
      if (c.id == s_[1]) return share(c.adjustments, s_[3]);
    return unknown();
  }

  bool price_year() {
    auto v = number(0, 4);
    if (!v) return false;
    a_.programme.price_year = static_cast<int>(v->numerator());
    a_.programme.price_year_origin = o_.origin;
    return true;
  }

  bool horizon_years() {
    auto v = number(0, 4);
    if (!v) return false;
    if (*v < Exact::integer(1)) return wrong("must be at least 1 year");
    if (!a_.programme.horizon) a_.programme.horizon = Horizon{};
    a_.programme.horizon->years = static_cast<int>(v->numerator());
    return true;
  }

  bool discounting() {
    Discounting& d = a_.programme.discounting;
    if (s_[1] == "preset") {
      std::vector<std::string> names;
      for (const auto& p : discount_presets()) names.push_back(p.name);
      std::string name;
      if (!id(name, names)) return false;
      d.preset = name;
      d.rate = *preset_rate(name);
    } else if (s_[1] == "first_year") {
      std::string when;
      if (!id(when, {"undiscounted", "discounted"})) return false;
      d.first_year_discounted = when == "discounted";
    } else if (s_[1] == "rate") {
      ParsedDecimal p = parse_decimal(o_.value, 6, 1);
      if (!p.value) return wrong(p.error, p.hint);
      if (*p.value <= Exact::integer(-1) || *p.value >= Exact::integer(1))
        return wrong("expected a yearly rate between -1 and 1, got " + o_.value, "4% is 0.04");
      d.preset = "rate";
      d.rate = *p.value;
    } else {
      return unknown();
    }
    d.origin = o_.origin;
    return true;
  }

  bool line() {
    for (auto& c : a_.cases) {
      if (c.id != s_[1]) continue;
      AvoidedLine* found = nullptr;
      int same = 0;
      for (std::size_t i = 0; i < c.avoided.size(); ++i) {
        if (std::to_string(i + 1) == s_[3]) found = &c.avoided[i];
        if (c.avoided[i].tariff == s_[3]) {
          found = found ? found : &c.avoided[i];
          ++same;
        }
      }
      if (same > 1)
        return wrong(
            "tariff " + s_[3] + " occurs " + std::to_string(same) + " times in case " + c.id,
            "name the line by its number instead, e.g. cases." + c.id + ".avoided.1." + s_[4]);
      if (!found) return unknown();
      if (s_[4] == "quantity" || s_[4] == "for") {
        auto v = number(4, 9);
        if (!v) return false;
        (s_[4] == "quantity" ? found->quantity : found->periods) = Quantity(*v);
        if (s_[4] == "for" && found->per == Period::none)
          return wrong("the line has no 'per' period to count", "set its quantity instead");
        return true;
      }
      if (s_.size() == 6) {
        if (s_[4] != "adjustments") return unknown();
        return share(found->adjustments, s_[5]);
      }
      if (s_[4] == "payer") {
        std::string payer;
        if (!id(payer, a_.tariffs.payer_ids())) return false;
        found->payer = payer;
        found->payer_origin = o_.origin;
        return true;
      }
    }
    return unknown();
  }

  Analysis& a_;
  const Override& o_;
  Diagnostics& d_;
  std::vector<std::string> s_;
};

}  // namespace

Diagnostics apply_overrides(Analysis& a, const std::vector<Override>& overrides) {
  Diagnostics d;
  for (const auto& o : overrides)
    if (Applier(a, o, d).apply()) a.overrides.push_back({o.path, o.value, o.from});
  return d;
}

std::vector<std::string> override_paths(const Analysis& a) {
  std::vector<std::string> paths;
  for (const auto& t : a.tariffs.tariffs) {
    paths.push_back("tariffs." + t.id + ".price");
    paths.push_back("tariffs." + t.id + ".payer");
  }
  paths.push_back("programme.participants");
  paths.push_back("programme.price_year");
  for (const char* share : {"deadweight", "attribution", "displacement", "probability"})
    paths.push_back(std::string("adjustments.") + share);
  paths.push_back("discounting.preset");
  paths.push_back("discounting.rate");
  paths.push_back("discounting.first_year");
  paths.push_back("horizon.years");
  for (std::size_t i = 0; i < a.programme.costs.size(); ++i) {
    const auto& id = a.programme.costs[i].id;
    paths.push_back("programme.costs." + (id.empty() ? std::to_string(i + 1) : id) + ".amount");
  }
  if (a.population) {
    paths.push_back("population.participants");
    paths.push_back("population.basis.default");
    for (const auto& p : a.tariffs.payers) paths.push_back("population.basis." + p.id);
    for (const auto& c : a.cases) paths.push_back("population.basis.default.weights." + c.id);
  }
  for (const auto& c : a.cases) {
    for (const char* share : {"deadweight", "attribution", "displacement", "probability"})
      paths.push_back("cases." + c.id + ".adjustments." + share);
    for (const auto& l : c.avoided) {
      for (const char* field : {"quantity", "for", "payer"})
        paths.push_back("cases." + c.id + ".avoided." + l.tariff + "." + field);
      for (const char* share : {"deadweight", "attribution", "displacement", "probability"})
        paths.push_back("cases." + c.id + ".avoided." + l.tariff + ".adjustments." + share);
    }
  }
  return paths;
}

}  // namespace mkba
