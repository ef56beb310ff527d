#pragma once
// Runs an expat parser, set up by the caller, over a whole document.
#include <expat.h>

#include <string>

namespace mkba::test {

// Parses `xml` with `parser` and frees it; empty when the document is
// well-formed, else the parser's error and its line.
inline std::string parse_with(XML_Parser parser, const std::string& xml) {
  std::string error;
  if (XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) != XML_STATUS_OK)
    error = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
            std::to_string(XML_GetCurrentLineNumber(parser));
  XML_ParserFree(parser);
  return error;
}

}  // namespace mkba::test
