# The two commands a new user needs: `make demo` and `make test`.
.PHONY: demo test fuzz-smoke build format check-tools clean

# builds if needed, ingests the bundled demo corpus into a fresh directory, prints the stories
demo:
	./trame demo

# the whole suite: formatting, static checks (Error Prone), unit and end-to-end tests, then the
# launcher itself on the demo corpus (the jar verify just built is the one it runs)
test: check-tools
	scripts/mvn.sh -B verify
	touch trame-app/target/.built
	./trame demo --data target/smoke-demo > target/smoke-demo.log
	@grep -q "stored 72 articles" target/smoke-demo.log && echo "launcher smoke test: ./trame demo passed"
	$(MAKE) --no-print-directory fuzz-smoke

# fuzzes every input parser and the time tagger for FUZZ_SECONDS each (Jazzer, a JVM per target;
# `verify` above only replays their seeds and known crashes). A finding (crash, timeout, out of memory) is printed with its input
# in Base64 but does not fail the build: fuzzing is random, and a build must not pass or fail by
# luck. Add the input to the target's seeds (it is also written there) and fix what it shows.
# Longer runs: scripts/fuzz SECONDS [Class...]
FUZZ_SECONDS ?= 10
fuzz-smoke:
	@mkdir -p target
	@echo "fuzzing each target for $(FUZZ_SECONDS) s (log: target/fuzz-smoke.log)…"
	@scripts/mvn.sh -B surefire:test -pl trame-core -Pfuzz -Dfuzz.seconds=$(FUZZ_SECONDS) \
	  -Dmaven.test.failure.ignore=true > target/fuzz-smoke.log 2>&1 || true
	@awk '/^Done [0-9]+ runs in/ { done = $$2 " inputs in " $$5 " s" } \
	  /Tests run: .* in org\.trame\./ { sub(/.* in org\.trame\./, ""); \
	    print "  " $$0 ": " (done == "" ? "stopped by a finding" : done); done = "" }' target/fuzz-smoke.log
	@found=$$(git status --porcelain --untracked-files=all -- trame-core/src/test/resources | grep -oE 'trame-core/.*/(crash|timeout|oom|leak)-[0-9a-f]+'); \
	if [ -n "$$found" ]; then \
	  for f in $$found; do echo "FUZZING FOUND A CRASH: $$f"; base64 -w0 "$$f"; echo; done; \
	else echo "fuzzing: no crash"; fi

build: check-tools
	scripts/mvn.sh -B -q package -DskipTests

# rewrites the sources in the enforced format (google-java-format via Spotless)
format:
	scripts/mvn.sh -B -q spotless:apply

# a JDK >= 21 and Maven; installs what is missing where it can (Debian, as root)
check-tools:
	@scripts/install-tools.sh

clean:
	scripts/mvn.sh -B -q clean
