#pragma once
// What happens to an exception that no command handled: a message, the -o
// file discarded, exit 5. Never a crash, never a half-written output.

#include <exception>

namespace mkba::cli {

// Prints what `error` was (out of memory, or an internal error), discards
// the -o file and returns exit 5.
int internal_error(std::exception_ptr error) noexcept;

// The same for an exception that escapes a thread (or anything else that
// calls std::terminate): the process then ends with exit 5, not an abort.
void end_on_terminate();

// For fault tests only: throws here when MKBA_TEST_THROW is "WHERE:KIND"
// (KIND: error, bad_alloc, unknown, or thread, an exception that escapes a
// thread of its own).
void test_fault_point(const char* where);

}  // namespace mkba::cli
