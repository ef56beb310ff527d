// Compiled with the core's include root alone: the core's headers are there.
#include "core/model.hpp"
