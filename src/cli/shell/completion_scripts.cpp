#include "cli/shell/completion_scripts.hpp"

#include <sstream>

namespace mkba::cli {
namespace {

std::string joined(const std::vector<std::string>& words, const std::string& between = " ") {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : between) + w;
  return out;
}

// "tariffs list" -> "tariffs_list", for function names.
std::string identifier(const std::string& path) {
  std::string id = path;
  for (char& c : id)
    if (c == ' ' || c == '-') c = '_';
  return id;
}

// The last word of a command's path: its name.
std::string name_of(const std::string& path) { return path.substr(path.rfind(' ') + 1); }

const CommandOutline* find(const std::vector<CommandOutline>& all, const std::string& path) {
  for (const auto& c : all)
    if (c.path == path) return &c;
  return nullptr;
}

// How a command's (first) argument is completed: none when it takes none.
Completion argument_completion(const CommandOutline& c) {
  return c.arguments.empty() ? Completion::none : c.arguments.front().completion.kind;
}

// Text in single quotes for bash, zsh and fish ('\'' for a quote).
std::string single_quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// ---- bash

std::string bash_value(const ValueCompletion& v) {
  switch (v.kind) {
    case Completion::files:
      return "_mkba_files \"$cur\"";
    case Completion::yaml_files:
    case Completion::case_inputs:
      return "_mkba_yaml \"$cur\"";
    case Completion::scenarios:
      return "_mkba_scenarios \"$cur\"";
    case Completion::choices:
      return "COMPREPLY=($(compgen -W " + single_quoted(joined(v.choices)) + " -- \"$cur\"))";
    case Completion::none:
      break;
  }
  return ":";
}

void bash_command(std::ostream& out, const CommandOutline& c) {
  out << "    " << single_quoted(c.path) << ")\n";
  std::vector<std::string> names;
  bool values = false;
  for (const auto& o : c.options) {
    names.insert(names.end(), o.names.begin(), o.names.end());
    values = values || !o.value.empty();
  }
  if (values) {
    out << "      case $prev in\n";
    for (const auto& o : c.options)
      if (!o.value.empty())
        out << "        " << joined(o.names, "|") << ") " << bash_value(o.completion)
            << "; return ;;\n";
    out << "      esac\n";
  }
  out << "      if [[ $cur == -* ]]; then\n"
      << "        COMPREPLY=($(compgen -W " << single_quoted(joined(names)) << " -- \"$cur\"))\n"
      << "        return\n      fi\n";
  if (!c.commands.empty()) {
    std::vector<std::string> subs;
    for (const auto& s : c.commands) subs.push_back(name_of(s));
    out << "      ((i == COMP_CWORD)) && COMPREPLY=($(compgen -W " << single_quoted(joined(subs))
        << " -- \"$cur\"))\n";
  }
  if (!c.arguments.empty()) out << "      " << bash_value(c.arguments.front().completion) << "\n";
  out << "      ;;\n";
}

// ---- zsh

// A description inside an _arguments spec's brackets or after _describe's colon.
std::string zsh_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '[' || c == ']' || c == '\\' || c == ':') out += '\\';
    out += c;
  }
  return out;
}

std::string zsh_action(const ValueCompletion& v) {
  switch (v.kind) {
    case Completion::files:
      return "_files";
    case Completion::yaml_files:
    case Completion::case_inputs:
      return "_mkba_yaml";
    case Completion::scenarios:
      return "_mkba_scenarios";
    case Completion::choices:
      return "(" + joined(v.choices) + ")";
    case Completion::none:
      break;
  }
  return " ";
}

// The _arguments specs of a command's options.
std::string zsh_option_specs(const CommandOutline& c) {
  std::string specs;
  for (const auto& o : c.options) {
    std::vector<std::string> names;
    for (const auto& n : o.names)
      names.push_back(o.value.empty() ? n : n + (n.size() == 2 ? "+" : "="));
    std::string name = names.size() == 1 ? names[0] : "{" + joined(names, ",") + "}";
    std::string spec = "[" + zsh_text(o.help) + "]";
    if (!o.value.empty()) spec += ":" + o.value + ":" + zsh_action(o.completion);
    specs += " \\\n    '*'" + name + single_quoted(spec);
  }
  return specs;
}

void zsh_command(std::ostream& out, const std::vector<CommandOutline>& all,
                 const CommandOutline& c) {
  std::string fn = c.path.empty() ? "_mkba" : "_mkba_" + identifier(c.path);
  out << fn << "() {\n";
  if (c.path.empty()) out << "  local _mkba_bin=${words[1]}\n";
  std::string args;
  if (!c.arguments.empty()) {
    const auto& a = c.arguments.front();
    args = single_quoted((a.many ? "*:" : ":") + a.value + ":" + zsh_action(a.completion));
  }
  if (c.commands.empty()) {
    out << "  _arguments -s -S" << zsh_option_specs(c) << (args.empty() ? "" : " \\\n    " + args)
        << "\n}\n\n";
    return;
  }
  out << "  local curcontext=$curcontext state line\n"
      << "  _arguments -C -s -S" << zsh_option_specs(c)
      << " \\\n    '1: :->command' \\\n    '*:: :->args' && return\n"
      << "  case $state in\n    command)\n      local -a commands=(";
  for (const auto& s : c.commands)
    out << "\n        " << single_quoted(zsh_text(name_of(s)) + ":" + zsh_text(find(all, s)->help));
  out << ")\n      _describe -t commands command commands";
  if (argument_completion(c) != Completion::none)
    out << "\n      " << zsh_action(c.arguments.front().completion);
  out << "\n      ;;\n    args)\n      case $line[1] in\n";
  for (const auto& s : c.commands)
    out << "        " << name_of(s) << ") _mkba_" << identifier(s) << " ;;\n";
  out << "        *) _arguments -s -S" << zsh_option_specs(c) << " ;;\n"
      << "      esac\n      ;;\n  esac\n}\n\n";
}

// ---- fish

std::string fish_value(const ValueCompletion& v) {
  switch (v.kind) {
    case Completion::files:
      return " -r -F";
    case Completion::yaml_files:
    case Completion::case_inputs:
      return " -x -a '(__mkba_yaml)'";
    case Completion::scenarios:
      return " -x -a '(__mkba_scenarios)'";
    case Completion::choices:
      return " -x -a " + single_quoted(joined(v.choices));
    case Completion::none:
      break;
  }
  return " -x";
}

std::string fish_text(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

void fish_command(std::ostream& out, const std::vector<CommandOutline>& all,
                  const CommandOutline& c) {
  std::string when = "complete -c mkba -n " + fish_text("__mkba_is " + single_quoted(c.path));
  for (const auto& s : c.commands)
    out << when << " -a " << name_of(s) << " -d " << fish_text(find(all, s)->help) << "\n";
  for (const auto& o : c.options) {
    out << when;
    for (const auto& n : o.names)
      out << (n.size() == 2 ? " -s " : " -l ") << n.substr(n[1] == '-' ? 2 : 1);
    out << (o.value.empty() ? "" : fish_value(o.completion)) << " -d " << fish_text(o.help) << "\n";
  }
  if (argument_completion(c) != Completion::none)
    out << when << fish_value(c.arguments.front().completion) << "\n";
}

}  // namespace

std::string bash_completion(const std::vector<CommandOutline>& commands) {
  std::ostringstream out;
  out << "# bash completion for mkba, written by `mkba completion bash`.\n"
         "_mkba_files() {\n"
         "  local IFS=$'\\n'\n"
         "  COMPREPLY=($(compgen -f -- \"$1\"))\n"
         "  compopt -o filenames 2>/dev/null\n"
         "}\n"
         "# Folders, and files named *.yaml or *.yml.\n"
         "_mkba_yaml() {\n"
         "  local IFS=$'\\n'\n"
         "  COMPREPLY+=($(compgen -d -- \"$1\") $(compgen -f -X '!*.yaml' -- \"$1\")"
         " $(compgen -f -X '!*.yml' -- \"$1\"))\n"
         "  compopt -o filenames 2>/dev/null\n"
         "}\n"
         "# The scenarios of the first case file on the line, as mkba reads them.\n"
         "_mkba_scenarios() {\n"
         "  local w\n"
         "  for w in \"${COMP_WORDS[@]:1}\"; do\n"
         "    case $w in *.yaml | *.yml) ;; *) continue ;; esac\n"
         "    [[ -f $w ]] || continue\n"
         "    COMPREPLY=($(compgen -W \"$(\"${COMP_WORDS[0]}\" completion --scenarios-of \"$w\""
         " 2>/dev/null)\" -- \"$1\"))\n"
         "    return\n"
         "  done\n"
         "}\n"
         "_mkba() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} cmd='' i=1\n"
         "  COMPREPLY=()\n"
         "  # --format=csv: bash splits at the '='.\n"
         "  if [[ $cur == = ]]; then\n"
         "    cur=''\n"
         "  elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then\n"
         "    prev=${COMP_WORDS[COMP_CWORD - 2]}\n"
         "  fi\n"
         "  # The command: the words after mkba that name one.\n"
         "  while ((i < COMP_CWORD)); do\n"
         "    case \"$cmd/${COMP_WORDS[i]}\" in\n";
  std::vector<std::string> paths;
  for (const auto& c : commands)
    if (!c.path.empty()) {
      auto at = c.path.rfind(' ');
      paths.push_back(single_quoted((at == std::string::npos ? "" : c.path.substr(0, at)) + "/" +
                                    name_of(c.path)));
    }
  out << "      " << joined(paths, " | ") << ")\n"
      << "        cmd=${cmd:+$cmd }${COMP_WORDS[i]}\n"
         "        ((i++))\n"
         "        ;;\n"
         "      *) break ;;\n"
         "    esac\n"
         "  done\n"
         "  case $cmd in\n";
  for (const auto& c : commands) bash_command(out, c);
  out << "  esac\n"
         "}\n"
         "complete -F _mkba mkba\n";
  return out.str();
}

std::string zsh_completion(const std::vector<CommandOutline>& commands) {
  std::ostringstream out;
  out << "#compdef mkba\n"
         "# zsh completion for mkba, written by `mkba completion zsh`.\n\n"
         "# Folders, and files named *.yaml or *.yml.\n"
         "_mkba_yaml() { _files -g '*.(yaml|yml)(-.)' }\n\n"
         "# The scenarios of the first case file on the line, as mkba reads them.\n"
         "_mkba_scenarios() {\n"
         "  local w\n"
         "  for w in $words; do\n"
         "    if [[ $w == *.(yaml|yml) && -f $w ]]; then\n"
         "      compadd -- ${(f)\"$(${_mkba_bin:-mkba} completion --scenarios-of $w "
         "2>/dev/null)\"}\n"
         "      return\n"
         "    fi\n"
         "  done\n"
         "}\n\n";
  for (auto it = commands.rbegin(); it != commands.rend(); ++it) zsh_command(out, commands, *it);
  out << "if [[ $funcstack[1] == _mkba ]]; then\n  _mkba \"$@\"\nelse\n  compdef _mkba mkba\nfi\n";
  return out.str();
}

std::string fish_completion(const std::vector<CommandOutline>& commands) {
  std::ostringstream out;
  std::vector<std::string> paths;
  for (const auto& c : commands)
    if (!c.path.empty()) {
      auto at = c.path.rfind(' ');
      paths.push_back(single_quoted((at == std::string::npos ? "" : c.path.substr(0, at)) + "/" +
                                    name_of(c.path)));
    }
  out << "# fish completion for mkba, written by `mkba completion fish`.\n\n"
         "# The command on the line: the words after mkba that name one.\n"
         "function __mkba_command\n"
         "    set -l words (commandline -opc)\n"
         "    set -e words[1]\n"
         "    set -l cmd ''\n"
         "    for w in $words\n"
         "        switch \"$cmd/$w\"\n"
         "            case "
      << joined(paths)
      << "\n"
         "                set cmd (string trim -- \"$cmd $w\")\n"
         "            case '*'\n"
         "                break\n"
         "        end\n"
         "    end\n"
         "    echo $cmd\n"
         "end\n\n"
         "function __mkba_is\n"
         "    set -l cmd (__mkba_command)\n"
         "    test \"$cmd\" = \"$argv[1]\"\n"
         "end\n\n"
         "# Folders, and files named *.yaml or *.yml.\n"
         "function __mkba_yaml\n"
         "    set -l word (commandline -ct)\n"
         "    for f in $word*\n"
         "        if test -d $f\n"
         "            echo $f/\n"
         "        else if string match -qr '\\.ya?ml$' -- $f\n"
         "            echo $f\n"
         "        end\n"
         "    end\n"
         "end\n\n"
         "# The scenarios of the first case file on the line, as mkba reads them.\n"
         "function __mkba_scenarios\n"
         "    set -l words (commandline -opc)\n"
         "    for w in $words\n"
         "        if string match -qr '\\.ya?ml$' -- $w; and test -f $w\n"
         "            $words[1] completion --scenarios-of $w 2>/dev/null\n"
         "            return\n"
         "        end\n"
         "    end\n"
         "end\n\n"
         "complete -c mkba -f\n";
  for (const auto& c : commands) fish_command(out, commands, c);
  return out.str();
}

}  // namespace mkba::cli
