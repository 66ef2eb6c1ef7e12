// The generated str/bytes cases (text_cases.inc, from gen_text_cases.py): every
// method, operator, format spec and % conversion against CPython 3.11's
// outcome, one SECTION-free loop per operation family so a failure names
// the receiver, operation and arguments.
#include "text_test_util.hpp"

namespace minipy::texttest {
namespace {

#include "text_cases.inc"

void run_cases(bool (*select)(const TextCase&)) {
    std::size_t ran = 0;
    for (const TextCase& c : kTextCases) {
        if (!select(c)) continue;
        ++ran;
        Ref<> recv = decode(c.recv);
        Ref<> args = decode(c.args);
        Ref<> kwargs = decode(c.kwargs);
        const std::string got = outcome(run_operation(recv.get(), c.op, args.get(), kwargs.get()));
        INFO(describe(c.recv) << " " << c.op << " " << describe(c.args) << " " << describe(c.kwargs));
        CHECK(got == std::string(c.expected));
    }
    CHECK(ran > 0);
}

bool recv_is(const TextCase& c, char kind) { return !c.recv.empty() && c.recv[0] == kind; }
bool is_format_op(const TextCase& c) {
    const std::string_view op = c.op;
    return op == "@format" || op == "__format__" || op == "format" || op == "format_map";
}

TEST_CASE_METHOD(RuntimeFixture, "str methods and operators match CPython", "[str]") {
    run_cases([](const TextCase& c) {
        return recv_is(c, 's') && !is_format_op(c) && std::string_view(c.op) != "@mod" &&
               std::string_view(c.op) != "encode";
    });
}

TEST_CASE_METHOD(RuntimeFixture, "str constructor and static methods match CPython", "[str]") {
    run_cases([](const TextCase& c) { return c.recv == std::string_view("Ystr;"); });
}

TEST_CASE_METHOD(RuntimeFixture, "str.encode matches CPython", "[str][codecs]") {
    run_cases([](const TextCase& c) { return recv_is(c, 's') && std::string_view(c.op) == "encode"; });
}

TEST_CASE_METHOD(RuntimeFixture, "format(), str.format and format_map match CPython", "[str][format]") {
    run_cases([](const TextCase& c) { return recv_is(c, 's') && is_format_op(c); });
}

TEST_CASE_METHOD(RuntimeFixture, "str % args matches CPython", "[str][percent]") {
    run_cases([](const TextCase& c) { return recv_is(c, 's') && std::string_view(c.op) == "@mod"; });
}

TEST_CASE_METHOD(RuntimeFixture, "bytes methods and operators match CPython", "[bytes]") {
    run_cases([](const TextCase& c) {
        return recv_is(c, 'b') && std::string_view(c.op) != "@mod" && std::string_view(c.op) != "decode";
    });
}

TEST_CASE_METHOD(RuntimeFixture, "bytes constructor and class methods match CPython", "[bytes]") {
    run_cases([](const TextCase& c) { return c.recv == std::string_view("Ybytes;"); });
}

TEST_CASE_METHOD(RuntimeFixture, "bytes.decode matches CPython", "[bytes][codecs]") {
    run_cases([](const TextCase& c) { return recv_is(c, 'b') && std::string_view(c.op) == "decode"; });
}

TEST_CASE_METHOD(RuntimeFixture, "bytes % args matches CPython", "[bytes][percent]") {
    run_cases([](const TextCase& c) { return recv_is(c, 'b') && std::string_view(c.op) == "@mod"; });
}

}  // namespace
}  // namespace minipy::texttest
