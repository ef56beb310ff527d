// The parse floor of the batch benchmark: the least any YAML-reading tool must
// do for a folder of programme files. It walks the folder as `mkba summary`
// does, and parses every *.yaml and *.yml below it once with yaml-cpp's own
// YAML::LoadFile (so each tariff table once, however many programmes name it),
// on one thread, and does nothing else with them.
//
//     mkba_parse_floor DIR...
//
// Prints the number of files and of scalars parsed (so that the parsing
// cannot be optimised away); exit 1 when a file does not parse.

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::size_t count_scalars(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return 1;
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map: {
      std::size_t n = 0;
      for (const auto& item : node)
        n += node.IsMap() ? count_scalars(item.first) + count_scalars(item.second)
                          : count_scalars(item);
      return n;
    }
    default:
      return 0;
  }
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc < 2) {
    std::cerr << "usage: mkba_parse_floor DIR...\n";
    return 2;
  }
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    for (fs::recursive_directory_iterator it(argv[i]), end; it != end; ++it) {
      std::string ext = it->path().extension().string();
      if (it->is_regular_file() && (ext == ".yaml" || ext == ".yml"))
        files.push_back(it->path().lexically_normal().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::size_t scalars = 0;
  for (const auto& file : files) {
    try {
      scalars += count_scalars(YAML::LoadFile(file));
    } catch (const YAML::Exception& e) {
      std::cerr << file << ": " << e.what() << "\n";
      return 1;
    }
  }
  std::cout << files.size() << " files, " << scalars << " scalars\n";
  return 0;
}
