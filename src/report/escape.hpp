#pragma once
// Text from input files shown as text wherever it is written: what a
// terminal, an XML parser or a Markdown renderer would act on is escaped.

#include <string>
#include <string_view>

namespace mkba::report {

// Every control character (C0 but tab and line feed, DEL, C1), every
// bidirectional formatting character (U+061C, U+200E/F, U+202A-E,
// U+2066-9), the line and paragraph separators U+2028/9, the noncharacters
// U+FFFE/F and every byte that is not part of well-formed UTF-8 written as a
// visible escape: "\x1b", "\u009b", "\u202e", "\xff". The rest is unchanged.
std::string escape_controls(std::string_view text);

// The body of a JSON string (RFC 8259) holding `text`: the quote, the
// backslash and every C0 control escaped, and the code points
// escape_controls escapes written as \uXXXX, so that the text is the same.
std::string escape_json(std::string_view text);

// Character data or a quoted attribute value of XML, XHTML or HTML holding
// `text`: escape_controls, then the five markup characters as entities.
std::string escape_markup(std::string_view text);

}  // namespace mkba::report
