// Compiled with the include roots of the core, or of the report layer and
// the core: the loader's headers are not there, so neither layer can include
// them (tests/CMakeLists.txt expects the error).
#include "load/loaders.hpp"
