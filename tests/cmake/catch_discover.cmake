# Registers every test case of a Catch2 v2 executable as a CTest test of its
# own, whatever its name holds. Catch2's own discovery (CatchAddTests.cmake)
# splits the listing as a CMake list, so names with `[`, `]` or `;` (Python
# source such as `a[0]; b`) were glued into one test that matched nothing,
# and ctest reported it as passed. Here the listing is split with those
# characters masked, each name is passed to Catch2 as a test spec with its
# special characters escaped, and `--warn NoTests` makes a spec that matches
# no test case fail. tests/check_registered.sh checks the counts.
#
# Run after each build of the executable (POST_BUILD) with
#   -D EXECUTABLE=path -D LABEL=layer -D TIMEOUT=seconds -D OUTPUT=file.cmake
# Each test is named "LABEL: test case name".
# OUTPUT is a CTest script that tests/CMakeLists.txt adds to TEST_INCLUDE_FILES.

execute_process(COMMAND "${EXECUTABLE}" --list-test-names-only
                OUTPUT_VARIABLE listing RESULT_VARIABLE status)
# Catch2 v2 exits with the number of test cases it listed (modulo 256), so
# only a crash or a missing binary is an error here.
if(NOT status MATCHES "^[0-9]+$")
  message(FATAL_ERROR "${EXECUTABLE} --list-test-names-only failed (${status})")
endif()

string(REPLACE "\\" "<backslash>" listing "${listing}")
string(REPLACE ";" "<semicolon>" listing "${listing}")
string(REPLACE "[" "<lbracket>" listing "${listing}")
string(REPLACE "]" "<rbracket>" listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")

set(script "")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  # In a Catch2 test spec `\` escapes the next character; `,` separates
  # alternatives, `[` opens a tag, `*` is a wildcard, `"` quotes and a
  # leading `~` negates, so each of those is escaped.
  set(spec "${line}")
  foreach(char , * "\"" ~)
    string(REPLACE "${char}" "\\${char}" spec "${spec}")
  endforeach()
  string(REPLACE "<backslash>" "\\\\" spec "${spec}")
  string(REPLACE "<lbracket>" "\\[" spec "${spec}")
  string(REPLACE "<rbracket>" "\\]" spec "${spec}")
  string(REPLACE "<semicolon>" ";" spec "${spec}")

  set(name "${line}")
  string(REPLACE "<backslash>" "\\" name "${name}")
  string(REPLACE "<lbracket>" "[" name "${name}")
  string(REPLACE "<rbracket>" "]" name "${name}")
  string(REPLACE "<semicolon>" ";" name "${name}")

  # Bracket arguments keep every character as it is.
  string(APPEND script
    "add_test([==[${LABEL}: ${name}]==] [==[${EXECUTABLE}]==] [==[${spec}]==] --warn NoTests)\n"
    "set_tests_properties([==[${LABEL}: ${name}]==] PROPERTIES TIMEOUT ${TIMEOUT})\n")
endforeach()
file(WRITE "${OUTPUT}" "${script}")
