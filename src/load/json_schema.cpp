#include "load/json_schema.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "load/key_tables.hpp"

namespace mkba::load {
namespace {

// A JSON value, enough for a schema: objects keep their members' order.
struct Json {
  enum class Kind { object, array, literal } kind = Kind::object;
  std::string literal;  // a number, true, or a quoted string
  // An object's members, names[k]: values[k]; two vectors, as a pair with
  // Json would need Json complete (clang's libstdc++ checks refuse it).
  std::vector<std::string> names;
  std::vector<Json> values;
  std::vector<Json> items;

  Json& add(std::string name, Json value) {
    names.push_back(std::move(name));
    values.push_back(std::move(value));
    return *this;
  }
};

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

Json literal(std::string text) { return {Json::Kind::literal, std::move(text), {}, {}, {}}; }
Json string(std::string_view s) { return literal(quoted(s)); }
Json number(long long n) { return literal(std::to_string(n)); }
Json array(std::vector<Json> items) { return {Json::Kind::array, {}, {}, {}, std::move(items)}; }
Json strings(const std::vector<std::string>& words) {
  std::vector<Json> items;
  for (const auto& w : words) items.push_back(string(w));
  return array(std::move(items));
}

bool is_flat(const Json& j) {
  for (const auto& i : j.items)
    if (i.kind != Json::Kind::literal) return false;
  return true;
}

void print(const Json& j, int indent, std::string& out) {
  std::string pad(indent + 2, ' ');
  if (j.kind == Json::Kind::literal) {
    out += j.literal;
  } else if (j.kind == Json::Kind::array && is_flat(j)) {
    out += "[";
    for (std::size_t k = 0; k < j.items.size(); ++k) out += (k ? ", " : "") + j.items[k].literal;
    out += "]";
  } else if (j.kind == Json::Kind::array) {
    out += "[\n";
    for (std::size_t k = 0; k < j.items.size(); ++k) {
      out += pad;
      print(j.items[k], indent + 2, out);
      out += k + 1 < j.items.size() ? ",\n" : "\n";
    }
    out += std::string(indent, ' ') + "]";
  } else if (j.names.empty()) {
    out += "{}";
  } else {
    out += "{\n";
    for (std::size_t k = 0; k < j.names.size(); ++k) {
      out += pad + quoted(j.names[k]) + ": ";
      print(j.values[k], indent + 2, out);
      out += k + 1 < j.names.size() ? ",\n" : "\n";
    }
    out += std::string(indent, ' ') + "}";
  }
}

// 10^n as JSON: the bound of n integer digits.
Json power_of_ten(int n, bool negative) {
  return literal((negative ? "-1" : "1") + std::string(static_cast<std::size_t>(n), '0'));
}

// The maps a schema defines, each once, in the order first met.
class Definitions {
 public:
  void collect(const MapKeys& keys) {
    for (const auto* m : maps_)
      if (m == &keys) return;
    maps_.push_back(&keys);
    for (const auto& k : keys.keys) collect(k.value);
  }
  const std::vector<const MapKeys*>& maps() const { return maps_; }

 private:
  void collect(const Value& v) {
    if (v.keys) collect(*v.keys);
    for (const auto& i : v.items) collect(i);
  }
  std::vector<const MapKeys*> maps_;
};

Json value_schema(const Value& v) {
  Json j;
  switch (v.kind) {
    case Value::Kind::text:
      // The loader reads any scalar as its text: 2017 is a title too, and
      // 4.10 a paragraph (a pattern applies to text only).
      j.add("type",
            v.pattern ? strings({"string", "number"}) : strings({"string", "number", "boolean"}));
      if (v.pattern) j.add("pattern", string(v.pattern));
      break;
    case Value::Kind::number:
      j.add("type", string("number"));
      if (v.rule.allow_negative)
        j.add("exclusiveMinimum", power_of_ten(v.rule.max_integer_digits, true));
      else
        j.add(v.rule.allow_zero ? "minimum" : "exclusiveMinimum", number(0));
      j.add("exclusiveMaximum", power_of_ten(v.rule.max_integer_digits, false));
      break;
    case Value::Kind::rate:
      j.add("type", string("number")).add("exclusiveMinimum", number(-1));
      j.add("exclusiveMaximum", number(1));
      break;
    case Value::Kind::share:
      j.add("type", string("number")).add("minimum", number(0)).add("maximum", number(1));
      break;
    case Value::Kind::whole:
      j.add("type", string("integer")).add("minimum", number(v.min));
      j.add("maximum", number(v.max));
      break;
    case Value::Kind::choice:
      j.add("enum", strings(v.choices));
      break;
    case Value::Kind::scalar:
      j.add("type", strings({"string", "number", "boolean"}));
      break;
    case Value::Kind::list:
      j.add("type", string("array")).add("items", value_schema(v.items.front()));
      if (v.max > 0) j.add("minItems", number(v.min)).add("maxItems", number(v.max));
      break;
    case Value::Kind::keys:
      j.add("$ref", string(std::string("#/$defs/") + v.keys->name));
      break;
    case Value::Kind::map_of:
      j.add("type", string("object"));
      if (v.pattern) j.add("propertyNames", Json{}.add("pattern", string(v.pattern)));
      j.add("additionalProperties", value_schema(v.items.front()));
      break;
    case Value::Kind::either: {
      std::vector<Json> alternatives;
      for (const auto& i : v.items) alternatives.push_back(value_schema(i));
      j.add("anyOf", array(std::move(alternatives)));
      break;
    }
  }
  return j;
}

// The object schema of a map: its keys, those required, no others.
Json map_schema(const MapKeys& keys) {
  Json properties;
  std::vector<std::string> required;
  for (const auto& k : keys.keys) {
    Json p = value_schema(k.value);
    p.names.insert(p.names.begin(), "description");
    p.values.insert(p.values.begin(), string(k.description));
    properties.add(k.name, std::move(p));
    if (k.need == Need::required) required.push_back(k.name);
  }
  Json j;
  j.add("description", string(keys.description)).add("type", string("object"));
  j.add("properties", std::move(properties));
  if (!required.empty()) j.add("required", strings(required));
  j.add("additionalProperties", literal("false"));
  return j;
}

}  // namespace

std::string json_schema(InputFile file) {
  const MapKeys& root = file == InputFile::case_file      ? keys::case_file
                        : file == InputFile::tariff_table ? keys::tariff_table
                                                          : keys::index_series;
  Definitions defs;
  defs.collect(root);
  Json j;
  j.add("$schema", string("https://json-schema.org/draft/2020-12/schema"));
  j.add("title", string(std::string("mkba: ") + root.what));
  Json members = map_schema(root);
  for (std::size_t k = 0; k < members.names.size(); ++k)
    j.add(std::move(members.names[k]), std::move(members.values[k]));
  Json definitions;
  for (const auto* m : defs.maps())
    if (m != &root) definitions.add(m->name, map_schema(*m));
  if (!definitions.names.empty()) j.add("$defs", std::move(definitions));
  std::string out;
  print(j, 0, out);
  return out + "\n";
}

}  // namespace mkba::load
