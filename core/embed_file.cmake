# Writes a C++ source defining `SYMBOL` (a NUL-terminated char array) and
# `SYMBOL`Size with the bytes of INPUT. Run as: cmake -DINPUT= -DOUTPUT= -DSYMBOL= [-DCOMPACT=ON] -P embed_file.cmake
# COMPACT drops the line breaks and indentation of a JSON file, the space
# after a key's colon, between an inline array's strings and inside an inline
# object's braces (`{ "` after a key, `" }`); the value is
# unchanged, since a JSON string holds no raw line break and no unescaped
# quote (a quote inside one is always \"): the page carries it.
if(COMPACT)
  file(READ "${INPUT}" text)
  string(REGEX REPLACE "\n *" "" text "${text}")
  string(REGEX REPLACE "([^\\])\": " "\\1\":" text "${text}")
  string(REPLACE ", \"" ",\"" text "${text}")
  string(REGEX REPLACE "([^\\])\":{ \"" "\\1\":{\"" text "${text}")
  string(REGEX REPLACE "([^\\])\" }" "\\1\"}" text "${text}")
  string(HEX "${text}" bytes)
else()
  file(READ "${INPUT}" bytes HEX)
endif()
string(LENGTH "${bytes}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," array "${bytes}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by embed_file.cmake; do not edit.\n"
  "#include <cstddef>\n"
  "namespace cehours {\n"
  "extern const char ${SYMBOL}[] = {${array}'\\0'};\n"
  "extern const std::size_t ${SYMBOL}Size = ${size};\n"
  "}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
