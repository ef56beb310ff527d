#include "cli/app.hpp"

int main(int argc, char** argv) { return mkba::cli::main(argc, argv); }
