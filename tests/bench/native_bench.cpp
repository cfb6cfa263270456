// Native evaluations per second, for the benchmark table: each file is
// evaluated repeatedly for at least half a second. Prints one JSON line per file.
//   cehours_bench records-10.json records-100.json ...
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "cehours.hpp"

int main(int argc, char** argv) {
    using Clock = std::chrono::steady_clock;
    for (int i = 1; i < argc; ++i) {
        std::ifstream file(argv[i], std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        const std::string records = text.str();
        std::size_t checksum = cehours::evaluate_json(records, "", "2017-11-26").size();  // warm the pack cache
        long evaluations = 0;
        const auto start = Clock::now();
        auto elapsed = Clock::duration::zero();
        while (elapsed < std::chrono::milliseconds(500)) {
            checksum += cehours::evaluate_json(records, "", "2017-11-26").size();
            ++evaluations;
            elapsed = Clock::now() - start;
        }
        const double seconds = std::chrono::duration<double>(elapsed).count();
        const auto count = static_cast<double>(evaluations);
        std::cout << "{\"file\":\"" << argv[i] << "\",\"evaluations\":" << evaluations
                  << ",\"per_second\":" << count / seconds << ",\"ms_per_evaluation\":" << 1000 * seconds / count
                  << ",\"checksum\":" << checksum << "}\n";
    }
    return 0;
}
