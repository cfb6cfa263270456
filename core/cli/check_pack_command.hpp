#pragma once
// cehours check-pack [--cases FILE] [--format text|json] PACK
// Checks a rule pack and runs the conformance cases that travel with it.
namespace cehours::cli {

// `argc`/`argv` start after "check-pack". Exit status: 0 the pack is valid
// and every case passes, 2 it is not, 1 usage error or unreadable file.
[[nodiscard]] int check_pack_command(int argc, char** argv);

}  // namespace cehours::cli
