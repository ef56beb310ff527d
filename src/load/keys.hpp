#pragma once
// The keys of the maps of the input files, declared once, as data: each
// map's keys with their value's type, range and meaning. The readers check
// a map against its declaration (MapReader, schema.hpp) and read numbers by
// its rules; json_schema.cpp writes the same declarations as the JSON
// Schemas editors use (`mkba schema`), so the two cannot drift apart. The
// declarations themselves are in key_tables.cpp.

#include <string>
#include <string_view>
#include <vector>

namespace mkba::load {

struct NumberRule {
  int max_decimals = 4;
  int max_integer_digits = 12;
  bool allow_zero = true;
  bool allow_negative = false;
};

// Money has at most 4 decimals; quantities at most 4 and 9 integer digits.
inline constexpr NumberRule price_rule{4, 12, true};
inline constexpr NumberRule quantity_rule{4, 9, true};

struct MapKeys;

// What a key's value may be.
struct Value {
  enum class Kind {
    text,    // any scalar, read as its text; `pattern` when it has a form (ids)
    number,  // a plain decimal by `rule`
    rate,    // a number between -1 and 1 (exclusive) by `rule`
    share,   // a number from 0 to 1
    whole,   // a whole number from `min` to `max`
    choice,  // one of `choices`
    scalar,  // any single value: text, a number, true or false
    list,    // of items[0]; `min` to `max` of them when max > 0
    keys,    // a map declared by `keys`
    map_of,  // a map of any keys (matching `pattern`, when given) to items[0]
    either,  // one of items
  };
  Kind kind = Kind::text;
  NumberRule rule{};
  long long min = 0, max = 0;
  const char* pattern = nullptr;
  std::vector<std::string> choices{};
  const MapKeys* keys = nullptr;
  std::vector<Value> items{};
};

enum class Need { required, optional };

struct Key {
  const char* name;
  Value value;
  Need need;
  const char* description;  // README's words for it
};

struct MapKeys {
  const char* name;         // its name among the schema's definitions
  const char* what;         // in messages: "an avoided-care line"
  const char* description;  // in the schema
  std::vector<Key> keys;
  // Nothing when `name` is not one of them.
  const Key* find(std::string_view key) const;
};

// The values of the tables, in their words.
inline constexpr const char* id_pattern = "^[A-Za-z0-9_-]+$";
Value text(const char* pattern = nullptr);
Value id();
Value number(NumberRule rule);
Value rate(NumberRule rule);
Value share();
Value whole(long long min, long long max);
Value choice(std::vector<std::string> choices);
Value scalar();
Value list_of(Value item, long long min = 0, long long max = 0);
Value map(const MapKeys& keys);
Value map_of(Value item, const char* key_pattern = nullptr);
Value either(std::vector<Value> alternatives);

}  // namespace mkba::load
