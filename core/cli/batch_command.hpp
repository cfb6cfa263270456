#pragma once
// cehours batch: the unit's CSV of records in, who is short and by how much out.
namespace cehours::cli {

// `argc`/`argv` are the arguments after "batch". Returns the exit status.
int batch_command(int argc, char** argv);

}  // namespace cehours::cli
