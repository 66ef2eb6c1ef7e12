// memviz's renderers (interpreter/memviz/render.hpp) on snapshots built by
// hand: what each format writes for frames, slots, inline values, weak
// references, garbage and freed objects, and the formats by extension.
#include "interpreter/memviz/render.hpp"

#include <catch2/catch.hpp>

using namespace minipy::interp::memviz;

namespace {

Node node(std::uintptr_t address, std::string type, std::string value, std::int64_t refcount, int generation) {
    Node n;
    n.address = address;
    n.type = std::move(type);
    n.value = std::move(value);
    n.refcount = refcount;
    n.generation = generation;
    return n;
}

// A module frame naming a list (a shared str, None and three elided
// items) and a weak reference to it; a call's frame naming a dead weak
// reference; a garbage object in a cycle with itself; a freed object.
Snapshot sample() {
    Snapshot snap;
    snap.step = 2;
    snap.title = "SLIDE \"2\"";
    snap.file = "/some/dir/demo.py";
    snap.line = 7;
    Node list = node(0x7f0000001000, "list", "", 2, 0);
    list.edges.push_back({"[0]", 1, "", false});
    list.edges.push_back({"[1]", -1, "None", false});
    list.elided = 3;
    Node str = node(0x7f0000002000, "str", "'a<b'", 1, -1);
    str.shared = true;
    Node weak = node(0x7f0000003000, "weakref", "", 1, 0);
    weak.edges.push_back({"", 0, "", true});
    Node dead = node(0x7f0000004000, "weakref", "", 1, 1);
    dead.dead = true;
    dead.edges.push_back({"", -1, "dead", true});
    Node cycle = node(0x7f0000005000, "Node", "", 1, 2);
    cycle.garbage = true;
    cycle.edges.push_back({".other", 4, "", false});
    Node freed = node(0x7f0000006000, "elephant", "", 0, -1);
    freed.freed = true;
    snap.nodes = {list, str, weak, dead, cycle, freed};
    FrameView module{"<module>", 7, {}};
    module.names.push_back({"xs", Edge{"", 0, "", false}});
    module.names.push_back({"w", Edge{"", 2, "", false}});
    module.names.push_back({"gone", Edge{"", -1, "None", false}});
    FrameView call{"f", 3, {}};
    call.names.push_back({"d", Edge{"", 3, "", false}});
    snap.frames = {module, call};
    return snap;
}

}  // namespace

TEST_CASE("memviz text: frames top-down, objects in order, freed last") {
    CHECK(render_text(sample()) ==
          "step 2: SLIDE \"2\" (demo.py, line 7)\n"
          "frames\n"
          "  <module> (line 7)\n"
          "    xs -> #1\n"
          "    w -> #3\n"
          "    gone -> None\n"
          "  f (line 3)\n"
          "    d -> #4\n"
          "objects\n"
          "  #1 list  id 0x7f0000001000  refcount 2  gen 0\n"
          "      [0] -> #2\n"
          "      [1] -> None\n"
          "      … 3 more\n"
          "  #2 str 'a<b'  id 0x7f0000002000  refcount 1  shared\n"
          "  #3 weakref  id 0x7f0000003000  refcount 1  gen 0\n"
          "      ~> #1\n"
          "  #4 weakref  id 0x7f0000004000  refcount 1  gen 1  dead\n"
          "      ~> dead\n"
          "  #5 Node  id 0x7f0000005000  refcount 1  gen 2  garbage\n"
          "      .other -> #5\n"
          "freed since the previous step\n"
          "  #6 elephant  id 0x7f0000006000  freed\n");
}

TEST_CASE("memviz DOT: escaped labels, ports, dashed weak edges") {
    const std::string dot = render_dot(sample());
    CHECK(dot.starts_with("digraph memviz {\n"));
    CHECK(dot.find("label=\"step 2: SLIDE \\\"2\\\" (demo.py, line 7)\"") != std::string::npos);
    CHECK(dot.find("<b>str</b>&nbsp;'a&lt;b'") != std::string::npos);
    CHECK(dot.find("gone = None") != std::string::npos);
    CHECK(dot.find("f0:n0:e -> o0;") != std::string::npos);
    CHECK(dot.find("f0:n2:e") == std::string::npos);  // an inline value has no arrow
    CHECK(dot.find("o2:s0:e -> o0 [style=dashed") != std::string::npos);
    CHECK(dot.find("<font color=\"red\">dead</font>") != std::string::npos);
    CHECK(dot.find("{ rank=same; f0; f1; }") != std::string::npos);
    CHECK(dot.find("f1 -> f0 [style=invis]") != std::string::npos);
    CHECK(dot.find("id 0x7f0000006000 · freed") != std::string::npos);
    CHECK(dot.find("· gen 2 · garbage") != std::string::npos);
    CHECK(dot.ends_with("}\n"));
}

TEST_CASE("memviz formats by extension") {
    CHECK(format_of("out.txt") == "txt");
    CHECK(format_of("dir.d/out.dot") == "dot");
    CHECK(format_of("out.svg") == "svg");
    CHECK(format_of("a/b.html") == "html");
    CHECK_FALSE(format_of("out.png"));
    CHECK_FALSE(format_of("out"));
    CHECK_FALSE(format_of("dir.txt/out"));
    CHECK(format_available("txt"));
    CHECK(format_available("dot"));
}
