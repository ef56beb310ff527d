#include "cli/shell/outline.hpp"

namespace mkba::cli {
namespace {

OptionOutline option_outline(const CLI::App& cmd, const CLI::Option* opt) {
  OptionOutline o;
  if (opt->get_positional()) {
    o.names = {opt->get_name()};
  } else {
    for (const auto& s : opt->get_snames()) o.names.push_back("-" + s);
    for (const auto& l : opt->get_lnames()) o.names.push_back("--" + l);
  }
  o.value = opt->get_type_name();
  o.help = opt->get_description();
  o.group = opt->get_group();
  o.many = opt->get_items_expected_max() >= CLI::detail::expected_max_vector_size;
  o.completion = completion_of(cmd, opt);
  return o;
}

void add(const CLI::App& cmd, const std::string& path, std::vector<CommandOutline>& all) {
  CommandOutline c;
  c.path = path;
  c.help = cmd.get_description();
  c.usage = usage_line(cmd);
  c.footer = cmd.get_footer();
  for (const CLI::Option* opt : cmd.get_options())
    (opt->get_positional() ? c.arguments : c.options).push_back(option_outline(cmd, opt));
  auto subs = cmd.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); });
  for (const CLI::App* sub : subs)
    c.commands.push_back((path.empty() ? "" : path + " ") + sub->get_name());
  all.push_back(std::move(c));
  for (const CLI::App* sub : subs)
    add(*sub, (path.empty() ? "" : path + " ") + sub->get_name(), all);
}

}  // namespace

std::vector<CommandOutline> outline(const CLI::App& app) {
  std::vector<CommandOutline> all;
  add(app, "", all);
  return all;
}

}  // namespace mkba::cli
