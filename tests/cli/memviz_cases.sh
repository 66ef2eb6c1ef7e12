# memviz's command-line cases (sourced by run_cli.sh): `minipy --draw` runs
# the seed demos of tests/golden/ as CPython does (their stdout is compared
# with the golden files CPython wrote) and draws them. The drawings are
# minipy's own: CPython has no memviz, so the expected files in
# tests/cli/memviz/ were written for these cases and checked by eye against
# the demo scripts (each file's reading is in tests/cli/memviz/README.md).
# Ids are normalised as the golden tests normalise them, and so are the
# counts of shared objects (small ints, interned strs), which depend on how
# many constants elsewhere in the process hold them.

cli_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
golden_dir=$(cd "$cli_dir/../golden" && pwd)

# Under GC stress (scripts/test-gc-stress.sh) the collector runs at every
# safe point, so which generation an object is in, and whether a tuple of
# atoms is still tracked, depend on that timing: the generation is left out
# of both sides then.
normalize_drawing() {
    local collector=()
    [ -n "${MINIPY_GC_STRESS:-}" ] && collector=(-e 's/\(  \| · \)gen [0-9]//')
    sed -e 's/0x[0-9a-fA-F]\{9,\}/0xADDR/g' -e 's/refcount [0-9]*\(  shared\| · shared\)/refcount N\1/' \
        "${collector[@]}"
}

# expect_drawing EXPECTED DRAWN: tests/cli/memviz/EXPECTED against $work/DRAWN.
expect_drawing() {
    if [ ! -f "$work/$2" ]; then
        check "drawing $2 exists" "yes" "no"
        return
    fi
    check "drawing $2" "$(normalize_drawing <"$cli_dir/memviz/$1")" "$(normalize_drawing <"$work/$2")"
}

# Runs tests/golden/demo_NAME.py under --draw OUT and checks what it printed
# against CPython's output for it.
run_demo_drawn() {  # run_demo_drawn NAME OUT
    cp "$golden_dir/demo_$1.py" "$work/$1.py"
    run --draw "$2" "$1.py"
    check "stdout" "$(cat "$golden_dir/demo_$1.out")" "$(sed -f "$golden_dir/normalize.sed" <<<"$out")"
    expect_err ""
    expect_status 0
}

# Five steps: four slides and the end. The elephant is made in slide 1's
# statements, so slide 1 (taken before them) shows none of it; it is alive
# in slides 2 and 3 and freed in slide 4, its weak reference dead.
case_draw_elephant() {
    run_demo_drawn elephant el.txt
    check "steps" "5" "$(ls "$work"/el-*.txt | wc -l)"
    for step in 1 2 3 4 5; do expect_drawing "elephant-$step.txt" "el-$step.txt"; done
    run_demo_drawn elephant el.dot
    expect_drawing "elephant-4.dot" "el-4.dot"
}

# No SLIDE comments: a step after each top-level statement. After `del a, b`
# the two Nodes are garbage (a cycle only the weak reference still sees);
# after gc.collect() they are freed and the weak reference is dead.
case_draw_cycles() {
    run_demo_drawn cycles cy.txt
    check "steps" "12" "$(ls "$work"/cy-*.txt | wc -l)"
    expect_drawing "cycles-9.txt" "cy-9.txt"
    expect_drawing "cycles-11.txt" "cy-11.txt"
}

# x and y share one cached 10.
case_draw_interning() {
    run_demo_drawn interning in.txt
    expect_drawing "interning-2.txt" "in-2.txt"
}

# The instance's count as names and slots come and go.
case_draw_refcount() {
    run_demo_drawn refcount rc.txt
    check "steps" "12" "$(ls "$work"/rc-*.txt | wc -l)"
    expect_drawing "refcount-7.txt" "rc-7.txt"
    expect_drawing "refcount-11.txt" "rc-11.txt"
}

# Two names, one list, as DOT.
case_draw_references() {
    run_demo_drawn references rf.dot
    check "steps" "5" "$(ls "$work"/rf-*.dot | wc -l)"
    expect_drawing "references-3.dot" "rf-3.dot"
}

# After the call: its frame gone, the list of ten slots sharing one 0.
case_draw_stack_heap() {
    run_demo_drawn stack_heap sh.txt
    check "steps" "4" "$(ls "$work"/sh-*.txt | wc -l)"
    expect_drawing "stack_heap-3.txt" "sh-3.txt"
}

# A local's frame under the module's, from memviz.show() inside a call.
case_draw_show_in_call() {
    printf 'import memviz\ndef f(n):\n    box = [n, n]\n    memviz.show()\nf(300)\nmemviz.show((1, None))\n' >"$work/show.py"
    run show.py
    check "stdout" "$(normalize_drawing <"$cli_dir/memviz/show.txt")" "$(normalize_drawing <<<"$out")"
    expect_err ""
    expect_status 0
}

# SLIDE comments inside bodies: of a function, of a stackless generator
# (once per time its loop reaches it), of a method, and of a one-statement
# `if` body. Where several nodes start on the slide's line (an annotated
# assignment's two, `a = 1; b = 2`, a loop and the block of its body), the
# slide is one step.
case_draw_slides_in_bodies() {
    cat >"$work/bodies.py" <<'EOF'
def f(x):
    #SLIDE in f
    return x + 1

def g():
    for i in range(2):
        #SLIDE in g
        yield i

class C:
    def m(self):
        # SLIDE in m
        self.a = 1

print(f(1))
print(list(g()))
C().m()
if True:
    #SLIDE if
    y: int = 2
#SLIDE semicolons
a = 1; b = 2
# SLIDE loop
for k in range(2):
    a = k
    b = k
EOF
    run --draw b.txt bodies.py
    expect_out "2
[0, 1]
"
    expect_err ""
    check "steps" "step 1: SLIDE in f (bodies.py, line 3)
step 2: SLIDE in g (bodies.py, line 8)
step 3: SLIDE in g (bodies.py, line 8)
step 4: SLIDE in m (bodies.py, line 13)
step 5: SLIDE if (bodies.py, line 20)
step 6: SLIDE semicolons (bodies.py, line 22)
step 7: SLIDE loop (bodies.py, line 24)
step 8: end" "$(head -qn1 "$work"/b-*.txt)"
}

# A script without SLIDE comments steps after each top-level statement
# unless its code calls snapshot(); the word in a string or a comment does
# not count.
case_draw_snapshot_detection() {
    printf 's = "memviz.snapshot(1)"  # snapshot(\nt = 2\n' >"$work/words.py"
    run --draw w.txt words.py
    check "steps without a call" "step 1: after line 1 (words.py, line 2)
step 2: end" "$(head -qn1 "$work"/w-*.txt)"
    printf 'import memviz\nx = 1\nmemviz.snapshot ("one")\ny = 2\n' >"$work/call.py"
    run --draw c.txt call.py
    check "steps with a call" "step 1: one (call.py, line 3)
step 2: end" "$(head -qn1 "$work"/c-*.txt)"
}

case_draw_bad_extension() {
    write_argv_script script.py
    run --draw out.png script.py
    expect_out ""
    expect_err "minipy: --draw out.png: the file name must end in .txt, .dot, .svg or .html
"
    expect_status 2
    run --draw
    expect_out ""
    expect_err "Argument expected for the --draw option
usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Try \`minipy -h' for more information.
"
    expect_status 2
}

# The step-through page: one self-contained file with the five steps of the
# elephant demo, each with its line and the output so far; nothing fetched
# from elsewhere. Needs a minipy built with Graphviz.
case_draw_html() {
    write_argv_script probe.py
    run --draw probe.svg probe.py
    [ "$status" = 2 ] && return 77  # built without Graphviz
    run_demo_drawn elephant el.html
    [ -f "$work/el.html" ] || { check "el.html written" "yes" "no"; return; }
    check "steps" "5" "$(grep -c '^{"title"' "$work/el.html")"
    check "lines" '10 15 29 33 0' "$(grep -o '"line":[0-9]*' "$work/el.html" | cut -d: -f2 | xargs)"
    check "output at slide 3" "4" "$(grep '^{"title":"step 3' "$work/el.html" | grep -o 'ID before update\|ID after update\|my_object location\|weak reference' | wc -l)"
    check "references to other files" "" "$(grep -Eo '(src|href)="[^"#]+' "$work/el.html")"
    check "svg per step" "5" "$(grep -c '"svg":"\\u003csvg' "$work/el.html")"
}

# The page in a real browser (Debian's chromium, headless): opened at `#3`,
# then driven through its own controls — the next and previous buttons and
# the arrow keys — by a probe script appended to a copy of the page, which
# records for each step the counter, whether an SVG drawing is shown and
# which source line is marked, and that each source line has a row of its
# own. Skipped without chromium or Graphviz.
case_draw_html_in_browser() {
    local browser
    browser=$(command -v chromium || command -v chromium-browser) || return 77
    write_argv_script probe.py
    run --draw probe.svg probe.py
    [ "$status" = 2 ] && return 77  # built without Graphviz
    run_demo_drawn elephant el.html
    cat "$work/el.html" - >"$work/probe.html" <<'PROBE'
<script>
const seen = [];
const state = () => document.getElementById('counter').textContent + ' ' +
  (document.querySelector('#diagram svg title') ? 'svg' : 'no-svg') + ' ' +
  ((document.querySelector('.ln.current') || {}).id || '-');
const press = key => document.dispatchEvent(new KeyboardEvent('keydown', {key}));
const click = id => document.getElementById(id).click();
seen.push(state());
// Every source line on a row of its own, the marked one too.
const rows = new Set([...document.querySelectorAll('.ln')].map(e => Math.round(e.getBoundingClientRect().top)));
seen.push('rows ' + rows.size + ' of ' + document.querySelectorAll('.ln').length);
click('next'); seen.push(state());
press('ArrowRight'); seen.push(state());
press('ArrowRight'); seen.push(state() + ' ' + location.hash);
press('ArrowLeft'); seen.push(state());
click('prev'); click('prev'); seen.push(state());
click('prev'); seen.push(state() + ' ' + document.getElementById('prev').disabled);
const result = document.createElement('pre');
result.id = 'probe';
result.textContent = seen.join('\n');
document.body.appendChild(result);
</script>
PROBE
    local dom
    dom=$(cd "$work" && HOME="$work" timeout 60 "$browser" --headless --no-sandbox --disable-gpu \
        --dump-dom "file://$work/probe.html#3" 2>/dev/null)
    check "steps in the browser" "step 3 of 5 svg L29
rows 33 of 33
step 4 of 5 svg L33
step 5 of 5 svg -
step 5 of 5 svg - #5
step 4 of 5 svg L33
step 2 of 5 svg L15
step 1 of 5 svg L10 true" "$(sed -n '/<pre id="probe">/,/<\/pre>/p' <<<"$dom" | sed -e 's/.*<pre id="probe">//' -e 's/<\/pre>.*//')"
}
