# The example pack with a (fictional) conversion table, evaluated through the
# CLI: the output must equal the golden file byte for byte.
#   cmake -DCEHOURS=path/to/cehours -DPACKS=tests/packs -P run_example_pack.cmake
set(pack "${PACKS}/example-with-conversion-table.json")
execute_process(COMMAND "${CEHOURS}" --rules "${pack}" "${PACKS}/example-with-conversion-table.records.json"
                OUTPUT_VARIABLE output RESULT_VARIABLE status)
file(READ "${PACKS}/example-with-conversion-table.expected.json" expected)
if(NOT status EQUAL 0 OR NOT output STREQUAL expected)
  message(FATAL_ERROR "example-with-conversion-table: CLI output (exit ${status}) differs from the golden file:\n${output}")
endif()
message(STATUS "example pack with a conversion table matches its golden file")
