# The two commands a new user needs: `make demo` and `make test`.
.PHONY: demo test build format check-tools clean

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
